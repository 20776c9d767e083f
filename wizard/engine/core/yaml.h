#pragma once

// Small helpers over yaml-cpp for the cluster readers: lookups that never throw on
// a missing or mistyped node (yaml-cpp throws on node["a"]["b"] when "a" is absent).
// Internal to the engine; include only from .cpp files.

#include <QString>
#include <QStringList>

#include <sstream>
#include <string>
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

// The key and the value of a map's first entry named key, without yaml-cpp's
// node[key] (which cannot tell duplicate keys apart and gives no key position);
// undefined nodes (false) when absent or when map is not a map.
inline std::pair<YAML::Node, YAML::Node> entry(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return {it->first, it->second};
        }
    }
    return {YAML::Node(YAML::NodeType::Undefined), YAML::Node(YAML::NodeType::Undefined)};
}

namespace Detail {

// Sees where each document starts, nothing else.
class DocumentStarts final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
    YAML::Mark start = YAML::Mark::null_mark();
};

} // namespace Detail

// YAML::LoadAll, minus a yaml-cpp 0.7 bug: a stray ',' (or similar) where a document
// should start makes LoadAll produce empty documents forever, allocating until the
// machine runs out of memory. A first pass over the parser's events stops when a
// document starts where the previous one did, and throws a ParserException at that
// place instead; only then are the documents built. Throws what LoadAll throws.
inline std::vector<YAML::Node> loadAllDocuments(const std::string &text)
{
    {
        std::istringstream input(text);
        YAML::Parser parser(input);
        Detail::DocumentStarts starts;
        int previous = -1;
        int documents = 0;
        while (parser.HandleNextDocument(starts)) {
            if (starts.start.pos == previous || ++documents > 100000)
                throw YAML::ParserException(starts.start,
                                            "unexpected character where a document should start");
            previous = starts.start.pos;
        }
    }
    return YAML::LoadAll(text);
}

} // namespace SniDoctor::Yaml
