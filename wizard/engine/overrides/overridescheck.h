#pragma once

// Internal to overrides/: the validator's state and checks, in four files:
// overridesvalidator.cpp (the file as text and as YAML: encoding, placeholders,
// documents, syntax errors in plain words, the tree walk, the run),
// overridesversion.cpp (which hybrid release and layout the file is for, and its keys
// against that release), overridesvirtualhosts.cpp (org, gateways, virtual hosts, the
// wildcard route, certificates) and overridesschema.cpp (did-you-mean). Include only
// there.

#include "core/yaml.h"
#include "overrides/hybridschema.h"
#include "overridesvalidator.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace SniDoctor::OverridesCheck {

constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
constexpr int kMaxFlowDepth = 64;
constexpr int kMaxTreeDepth = Yaml::kMaxDepth;
// Values a walk may visit: the text's own (at most one a byte) plus this many that
// aliases repeat; past it the file is an alias bomb.
constexpr int kNodeBudget = int(Yaml::kMaxNodes);
constexpr qsizetype kMaxDiagnostics = 500;

// The known key closest to key (for "did you mean"), or empty when none is close.
[[nodiscard]] QString closest(const QString &key, const QStringList &known);

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A scalar that YAML reads as something other than a string: "boolean", "null", "map",
// "list", "number" (a plain scalar YAML reads as an int or a float); empty for a string.
[[nodiscard]] QString nonStringType(const YAML::Node &node);

// A map's entries as Helm reads them (Yaml::entries), looked up by name.
struct MapEntries
{
    std::vector<std::pair<YAML::Node, YAML::Node>> list;
    QHash<QString, int> index;
};

class Validator
{
public:
    Validator(const QByteArray &text, const QString &fileName, const OverridesContext &context);

    OverridesReport run();

private:
    struct Span
    {
        int line = 0;
        int column = 0;
        int endColumn = 0;
    };

    void add(Severity severity, const Span &span, const QString &path, const char *code,
             const Args &args = {});
    Span spanOf(const YAML::Node &node) const;
    Span keySpan(const YAML::Node &key) const { return spanOf(key); }
    static Span fileSpan() { return {}; }

    // The file as text.
    bool preChecks();
    bool checkEncoding();
    void checkTabs();
    void checkPlaceholders();
    void scanPrivateKeys();
    void explainSyntaxError(const YAML::Exception &error);
    // The file as YAML.
    // A YAML path built only when a diagnostic needs it: the walk visits every node.
    struct PathLink
    {
        const PathLink *parent = nullptr;
        const std::string *key = nullptr; // a map's key, or
        int index = -1;                   // a list's index
        [[nodiscard]] QString text() const;
    };
    void walk(const YAML::Node &node, const PathLink *path, int depth);
    void checkQuoteClosed(const YAML::Node &node, const QString &path);
    // Release and keys (overridesversion.cpp).
    void chooseVersion(const YAML::Node &root);
    struct CachedPath
    {
        QString path;
        QString itemPath; // path[]
        const SchemaKey *info = nullptr;
        bool items = false; // a list of maps the schema describes
    };
    using PathCache = std::unordered_map<std::string, CachedPath>;
    std::unordered_map<QString, PathCache> m_pathCache; // by container
    void collectPaths(const YAML::Node &node, const QString &container, int depth,
                      QHash<QString, YAML::Node> &paths);
    void checkKeys(const YAML::Node &map, const QString &container, const QString &path, int depth);
    // The structure (overridesvirtualhosts.cpp).
    void checkStructure(const YAML::Node &root);
    void checkVirtualHost(const YAML::Node &host, int index, const QSet<QString> &gatewayNames,
                          QSet<QString> &names);
    void checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names);
    void checkTlsVersions(const YAML::Node &host, const QString &path);
    void checkNonSni();
    void checkCertificates(const YAML::Node &host, const QString &path,
                           const OverridesVirtualHost &info, bool pathsUsed);
    const QStringList &certificateFolders();

    // map[key] as Helm reads it (the last of duplicates, merge keys). Maps with a merge
    // key or a duplicate key (found by walk()) are read through a cache of their
    // entries; the others as they are, without copying.
    const MapEntries &entriesOf(const YAML::Node &map);
    template <typename Visit> void forEachEntry(const YAML::Node &map, Visit &&visit)
    {
        if (!map || !map.IsMap())
            return;
        if (m_special.contains(Yaml::nodeIdentity(map))) {
            const MapEntries &entries = entriesOf(map);
            for (const auto &[key, value] : entries.list)
                visit(key, value);
            return;
        }
        for (auto it = map.begin(); it != map.end(); ++it)
            visit(it->first, it->second);
    }
    YAML::Node keyNode(const YAML::Node &map, const char *key);
    YAML::Node valueNode(const YAML::Node &map, const char *key);
    bool expectString(const YAML::Node &map, const char *key, const QString &path, bool required);
    static bool isPlain(const YAML::Node &node) { return node.Tag() == "?"; }
    [[nodiscard]] int minor() const { return m_report.version.minor; }

    QByteArray m_text;
    OverridesContext m_context;
    OverridesReport m_report;
    QStringList m_lines;
    int m_visited = 0;
    // Entries and items the checks after the walk go through (an alias repeats a whole
    // map or list at each place): at most 8 times the walk's budget, then a stop.
    qint64 m_work = 0;
    bool spend(qint64 units, const YAML::Node &where);
    int m_nodeBudget = kNodeBudget; // kNodeBudget plus the text's size
    bool m_budgetExceeded = false;
    QList<std::pair<YAML::Node, QString>> m_hostNodes; // virtual host nodes and their paths
    QString m_wildcard;
    QStringList m_knownRoutes;
    QSet<quint64> m_walked;  // maps and lists already walked, by their mark
    QSet<quint64> m_aliased; // maps and lists met more than once: anchors others alias
    QHash<quint64, std::shared_ptr<MapEntries>> m_entries;
    QSet<quint64> m_special; // maps with a merge key or a duplicate key
    // The last maps looked up, flat: the checks of a virtual host ask one map for a
    // dozen keys, and yaml-cpp's iteration is the expensive part.
    struct FlatMap
    {
        quint64 id = ~quint64(0);
        std::vector<std::tuple<std::string, YAML::Node, YAML::Node>> entries;
        std::unordered_map<std::string, size_t> index; // for large maps only
        quint64 used = 0;
    };
    std::array<FlatMap, 8> m_flat;
    quint64 m_flatClock = 0;
    qint64 m_flatMisses = 0;
    const FlatMap &flatOf(const YAML::Node &map);
    qsizetype m_mergeWork = 0; // entries copied for such maps: bounded against merge bombs
    QSet<QString> m_reported;  // line:column:code, so that a merged map says a thing once
    std::optional<QStringList> m_certificateFolders;
    struct PendingCertificates
    {
        YAML::Node host;
        QString path;
        int info = 0; // index in m_report.virtualHosts
        bool pathsUsed = true;
    };
    QList<PendingCertificates> m_certificateChecks;
    int m_syntaxCauseLine = 0; // a line that explains a YAML syntax error, when one does
};

} // namespace SniDoctor::OverridesCheck
