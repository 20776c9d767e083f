#pragma once

// Small helpers over yaml-cpp for the cluster readers: lookups that never throw on
// a missing or mistyped node (yaml-cpp throws on node["a"]["b"] when "a" is absent).
// Internal to the engine; include only from .cpp files.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace SniDoctor::Yaml {

// node[key], or an empty node when node is missing or not a map.
inline YAML::Node child(const YAML::Node &node, const char *key)
{
    return node && node.IsMap() ? node[key] : YAML::Node();
}

// The items of a sequence; nothing for anything else.
inline std::vector<YAML::Node> items(const YAML::Node &node)
{
    std::vector<YAML::Node> list;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            list.push_back(item);
    }
    return list;
}

// A scalar's text; empty for anything else.
inline QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Where a node starts, and whether it is a map or a list: the same for an alias and
// its anchor (yaml-cpp gives an alias the anchored node itself), so a reader can tell
// a node it has already read.
inline quint64 nodeIdentity(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return (quint64(quint32(mark.line)) << 33) | (quint64(quint32(mark.column)) << 2) |
           (node.IsMap()        ? 1
            : node.IsSequence() ? 2
                                : 0);
}

// The one bound of every YAML text the tool reads (overrides, routes, kubeconfig,
// review): maps and lists nested at most kMaxDepth deep; a walk reads at most kMaxNodes
// maps and lists; and the text, with every alias counted as the whole node it names,
// expands to at most kMaxExpanded nodes (a billion-laughs file of a few hundred bytes
// expands to billions). Far more than any real file holds.
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxNodes = 200000;
constexpr qint64 kMaxExpanded = 8000000;

// Thrown by the loaders below where a text passes those bounds, at the place it does;
// a ParserException, so a reader that reports syntax errors reports it too.
class TooComplex final : public YAML::ParserException
{
public:
    enum class Why
    {
        Depth,
        Expansion
    };
    TooComplex(Why why, const YAML::Mark &mark)
        : YAML::ParserException(mark, why == Why::Depth
                                          ? "maps and lists nest more than 64 deep"
                                          : "aliases expand to more than 8000000 values")
        , why(why)
    {}
    Why why;
};

// The bound every reader of a parsed document walks under: a small text with aliases
// of aliases is a huge tree (each *ref is the anchored node again), so a walk visits
// each map or list once, counts what it visits, and stops past a depth.
class WalkBudget final
{
public:
    static constexpr qint64 kNodes = kMaxNodes;
    static constexpr int kDepth = kMaxDepth;

    explicit WalkBudget(qint64 nodes = kNodes, int depth = kDepth)
        : m_left(nodes)
        , m_depth(depth)
    {}
    // Whether to read node (at depth): false for a map or list already read (an
    // alias of it), past the depth, or once the budget is spent.
    bool enter(const YAML::Node &node, int depth = 0)
    {
        if (m_exceeded || depth > m_depth) {
            m_exceeded = true;
            return false;
        }
        if (--m_left < 0) {
            m_exceeded = true;
            return false;
        }
        if (node.IsMap() || node.IsSequence())
            return m_seen.insert(nodeIdentity(node)).second;
        return true;
    }
    // The walk stopped early: the caller says so rather than use a part.
    [[nodiscard]] bool exceeded() const { return m_exceeded; }

private:
    qint64 m_left;
    int m_depth;
    bool m_exceeded = false;
    std::unordered_set<quint64> m_seen;
};

// A merge key (<<: *defaults) as YAML 1.1 and Helm read it: a plain "<<", not a quoted one.
inline bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<";
}

namespace Detail {

constexpr int kMaxMergeDepth = 16; // merges of merges; anchors cannot form a cycle
constexpr int kMaxMergedMaps = 64; // maps one lookup may visit (an alias bomb of merges)

inline std::pair<YAML::Node, YAML::Node> entry(const YAML::Node &map, const char *key, int depth,
                                               int &budget)
{
    std::pair<YAML::Node, YAML::Node> found{YAML::Node(YAML::NodeType::Undefined),
                                            YAML::Node(YAML::NodeType::Undefined)};
    if (!map || !map.IsMap() || --budget < 0)
        return found;
    std::vector<YAML::Node> merges;
    bool have = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        if (it->first.Scalar() == key && !(isMergeKey(it->first) && std::string(key) == "<<")) {
            found = {it->first, it->second}; // the last of duplicate keys wins, as in Helm
            have = true;
        } else if (isMergeKey(it->first)) {
            merges.push_back(it->second);
        }
    }
    if (have || depth >= kMaxMergeDepth)
        return found;
    // A key the map does not set: from its merge keys, the first merged map first.
    for (const YAML::Node &merge : merges) {
        if (merge.IsMap()) {
            if (auto inherited = entry(merge, key, depth + 1, budget); inherited.first)
                return inherited;
        } else if (merge.IsSequence()) {
            for (const YAML::Node &item : merge) {
                if (auto inherited = entry(item, key, depth + 1, budget); inherited.first)
                    return inherited;
            }
        }
    }
    return found;
}

inline void entries(const YAML::Node &map, int depth,
                    std::vector<std::pair<YAML::Node, YAML::Node>> &out,
                    std::unordered_map<std::string, size_t> &where, int &budget)
{
    if (!map || !map.IsMap() || --budget < 0)
        return;
    std::vector<YAML::Node> merges;
    std::unordered_map<std::string, size_t> own; // this map's keys: where they are in out
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (isMergeKey(it->first)) {
            merges.push_back(it->second);
            continue;
        }
        if (it->first.IsScalar()) {
            const std::string &name = it->first.Scalar();
            if (const auto mine = own.find(name); mine != own.end()) {
                out[mine->second] = {it->first, it->second}; // the last wins
                continue;
            }
            if (where.count(name))
                continue; // set by the map that merges this one
            own.emplace(name, out.size());
        }
        out.emplace_back(it->first, it->second);
    }
    where.insert(own.begin(), own.end());
    if (depth >= kMaxMergeDepth)
        return;
    for (const YAML::Node &merge : merges) {
        if (merge.IsMap()) {
            entries(merge, depth + 1, out, where, budget);
        } else if (merge.IsSequence()) {
            for (const YAML::Node &item : merge)
                entries(item, depth + 1, out, where, budget);
        }
    }
}

} // namespace Detail

// The key and the value of map[key] as Helm reads the map, without yaml-cpp's
// node[key] (which keeps the first of duplicate keys and gives no key position): the
// last entry of that name; a key the map does not set itself comes from its merge keys
// (<<: *a, or <<: [*a, *b] with *a first). Undefined nodes (false) when absent or when
// map is not a map.
inline std::pair<YAML::Node, YAML::Node> entry(const YAML::Node &map, const char *key)
{
    int budget = Detail::kMaxMergedMaps;
    return Detail::entry(map, key, 0, budget);
}

// Every entry of a map as Helm reads it, in file order: duplicate keys once (the last
// value, at the first's place), then what its merge keys bring that it does not set.
// The merge keys themselves are not listed.
inline std::vector<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node &map)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> out;
    std::unordered_map<std::string, size_t> where;
    int budget = Detail::kMaxMergedMaps;
    Detail::entries(map, 0, out, where, budget);
    return out;
}

namespace Detail {

// Sees where each document starts, and measures each document against the bounds:
// depth, and size with every alias expanded (an anchor's expanded size is known when
// its node ends, since an alias can only name an anchor already read).
class DocumentStarts final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override
    {
        start = mark;
        m_open.clear();
        m_anchors.clear();
        m_total = 0;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        add(mark, it == m_anchors.end() ? 1 : it->second);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }
    YAML::Mark start = YAML::Mark::null_mark();

private:
    struct Open
    {
        YAML::Mark mark;
        YAML::anchor_t anchor;
        qint64 size;
    };
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor)
            m_anchors[anchor] = 1;
        add(mark, 1);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_open.size()) >= kMaxDepth)
            throw TooComplex(TooComplex::Why::Depth, mark);
        m_open.push_back({mark, anchor, 1});
    }
    void close()
    {
        if (m_open.empty())
            return;
        const Open done = m_open.back();
        m_open.pop_back();
        if (done.anchor)
            m_anchors[done.anchor] = done.size;
        if (!m_open.empty())
            m_open.back().size += done.size; // counted in m_total as its parts came
    }
    void add(const YAML::Mark &mark, qint64 size)
    {
        // Sizes stay below kMaxExpanded, so sums cannot overflow.
        m_total += size;
        if (!m_open.empty())
            m_open.back().size += size;
        if (m_total > kMaxExpanded)
            throw TooComplex(TooComplex::Why::Expansion, mark);
    }
    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, qint64> m_anchors;
    qint64 m_total = 0;
};

} // namespace Detail

// YAML::LoadAll, minus a yaml-cpp 0.7 bug: a stray ',' (or similar) where a document
// should start makes LoadAll produce empty documents forever, allocating until the
// machine runs out of memory. A first pass over the parser's events stops when a
// document starts where the previous one did, and throws a ParserException at that
// place instead; only then are the documents built. The same pass measures each
// document against the bounds above (TooComplex). Throws what LoadAll throws. starts
// gets where each document begins (its "---", or its first node).
inline std::vector<YAML::Node> loadAllDocuments(const std::string &text,
                                                std::vector<YAML::Mark> *starts = nullptr)
{
    {
        std::istringstream input(text);
        YAML::Parser parser(input);
        Detail::DocumentStarts events;
        int previous = -1;
        int documents = 0;
        while (parser.HandleNextDocument(events)) {
            if (events.start.pos == previous || ++documents > 100000)
                throw YAML::ParserException(events.start,
                                            "unexpected character where a document should start");
            previous = events.start.pos;
            if (starts)
                starts->push_back(events.start);
        }
    }
    return YAML::LoadAll(text);
}

// The first document of text, as YAML::Load reads it, measured against the same
// bounds first (TooComplex). Throws what YAML::Load throws. (The overrides validator
// loads with YAML::Load and walks under the same bounds itself, each node once: a
// second parse would cost a fifth of its time on a large file.)
inline YAML::Node loadDocument(const std::string &text)
{
    {
        std::istringstream input(text);
        YAML::Parser parser(input);
        Detail::DocumentStarts events;
        parser.HandleNextDocument(events);
    }
    return YAML::Load(text);
}

} // namespace SniDoctor::Yaml
