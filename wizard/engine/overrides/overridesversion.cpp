#include "overridescheck.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace SniDoctor::OverridesCheck {

namespace {

// Keys only the Helm charts read, and keys only apigeectl read: the layout's clues.
const QStringList kHelmOnly{QStringLiteral("envgroup"),
                            QStringLiteral("env"),
                            QStringLiteral("gcp.workloadIdentity"),
                            QStringLiteral("gcp.workloadIdentity.enabled"),
                            QStringLiteral("gcp.workloadIdentity.gsa"),
                            QStringLiteral("serviceAccountSecretProviderClass"),
                            QStringLiteral("guardrails"),
                            QStringLiteral("enhanceProxyLimits"),
                            QStringLiteral("newDataPipeline")};
const QStringList kApigeectlOnly{QStringLiteral("gcp.workloadIdentityEnabled")};

} // namespace

// The keys of the file that the schema knows, by schema path, with the node of their
// first key (for the report's reason). Merged maps count where they are merged.
void Validator::collectPaths(const YAML::Node &node, const QString &container, int depth,
                             QHash<QString, YAML::Node> &paths)
{
    if (depth > kMaxTreeDepth || m_budgetExceeded)
        return;
    const HybridSchema &schema = HybridSchema::instance();
    // The same keys repeat in every item of a list (20,000 virtual hosts): each is
    // looked up in the schema once per container. std::unordered_map keeps references
    // valid while the recursion adds containers.
    PathCache &cache = m_pathCache[container];
    forEachEntry(node, [&](const YAML::Node &key, const YAML::Node &value) {
        if (!key.IsScalar() || !spend(1, key))
            return;
        auto found = cache.find(key.Scalar());
        if (found == cache.end()) {
            CachedPath entry;
            const QString name = fromStd(key.Scalar());
            entry.path = container.isEmpty() ? name : container + QLatin1Char('.') + name;
            entry.info = schema.key(entry.path);
            if (entry.info) {
                entry.itemPath = entry.path + QStringLiteral("[]");
                entry.items = schema.hasChildren(entry.itemPath);
                paths.insert(entry.path, key);
            }
            found = cache.emplace(key.Scalar(), std::move(entry)).first;
        }
        const CachedPath &entry = found->second;
        if (!entry.info || entry.info->open)
            return;
        if (value.IsMap()) {
            collectPaths(value, entry.path, depth + 1, paths);
        } else if (value.IsSequence() && entry.items) {
            for (const YAML::Node &item : value) {
                if (item.IsMap())
                    collectPaths(item, entry.itemPath, depth + 1, paths);
            }
        }
    });
}

// Which release the file is for: the newest that reads every key it has and finds
// every key it needs; a key of a later release (or one a release removed) rules the
// others out. Given releases and layouts win; the report says which was assumed and
// why.
void Validator::chooseVersion(const YAML::Node &root)
{
    QHash<QString, YAML::Node> paths;
    collectPaths(root, {}, 0, paths);
    const HybridSchema &schema = HybridSchema::instance();

    // What each release would miss: keys it does not read, keys it needs.
    const YAML::Node hosts = valueNode(root, "virtualhosts");
    bool hostWithoutSelector = false;
    bool meshSelector = false; // app: istio-ingressgateway, the Anthos Service Mesh era
    if (hosts.IsSequence()) {
        for (const YAML::Node &host : hosts) {
            const YAML::Node selector = valueNode(host, "selector");
            if (!selector)
                hostWithoutSelector = true;
            else if (Yaml::text(valueNode(selector, "app")) ==
                     QLatin1String("istio-ingressgateway"))
                meshSelector = true;
        }
    }
    const bool hasGateways = bool(keyNode(root, "ingressGateways"));
    const bool hasInstance = bool(keyNode(root, "instanceID"));
    const auto score = [&](int minor) {
        int cost = 0;
        for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
            const SchemaKey *info = schema.key(it.key());
            // An inferred "since" proves nothing about earlier releases.
            if (info && !info->knownIn(minor) && !(info->inferred && minor < info->since))
                cost += 3;
        }
        if (minor >= 8 && hostWithoutSelector)
            cost += 1;
        if (minor >= 9 && !hasGateways && hosts)
            cost += 1;
        if (minor >= 3 && !hasInstance)
            cost += 1;
        if (minor > 8 && meshSelector)
            cost += 3;
        return cost;
    };
    int chosen = HybridVersion::kLast;
    int low = chosen;
    int high = chosen;
    if (m_context.version) {
        chosen = low = high = m_context.version->minor;
        m_report.versionGiven = true;
    } else {
        int best = INT_MAX;
        QList<int> costs;
        for (int minor = HybridVersion::kFirst; minor <= HybridVersion::kLast; ++minor) {
            costs << score(minor);
            best = std::min(best, costs.last());
        }
        for (int minor = HybridVersion::kLast; minor >= HybridVersion::kFirst; --minor) {
            if (costs.at(minor - HybridVersion::kFirst) == best) {
                chosen = minor;
                break;
            }
        }
        low = high = chosen;
        while (low > HybridVersion::kFirst && costs.at(low - 1 - HybridVersion::kFirst) == best)
            --low;
    }
    m_report.version = HybridVersion{chosen};
    m_report.versionLow = low;
    m_report.versionHigh = high;

    // Why: the key that needs the newest release, and what rules out the next one.
    QString newestKey;
    int newestSince = 0;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        const SchemaKey *info = schema.key(it.key());
        if (info && info->knownIn(chosen) && !info->inferred && info->since > newestSince &&
            info->since > 1) {
            newestSince = info->since;
            newestKey = it.key();
        }
    }
    QString bound; // what keeps it from the next release
    QString boundKey;
    if (!m_report.versionGiven && chosen < HybridVersion::kLast) {
        for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
            const SchemaKey *info = schema.key(it.key());
            if (info && info->until == chosen) {
                bound = QStringLiteral("removed");
                boundKey = it.key();
                break;
            }
        }
        if (bound.isEmpty() && chosen + 1 >= 9 && !hasGateways && hosts) {
            bound = QStringLiteral("needs");
            boundKey = QStringLiteral("ingressGateways");
        } else if (bound.isEmpty() && chosen + 1 >= 8 && hostWithoutSelector) {
            bound = QStringLiteral("needs");
            boundKey = QStringLiteral("virtualhosts[].selector");
        } else if (bound.isEmpty() && meshSelector) {
            bound = QStringLiteral("mesh");
            boundKey = QStringLiteral("virtualhosts[].selector.app");
        }
    }

    // The layout: given; else the release's (apigeectl up to 1.9, Helm from 1.12); for
    // 1.10 and 1.11, which had both, the keys only one of them reads, the folders around
    // the file, else apigeectl.
    QString layoutClue;
    if (m_context.layout) {
        m_report.layout = *m_context.layout;
        m_report.layoutGiven = true;
    } else if (chosen <= 9 || chosen >= 12) {
        // Helm charts came with 1.10; apigeectl went with 1.12.
        m_report.layout = chosen <= 9 ? HybridLayout::Apigeectl : HybridLayout::Helm;
    } else {
        std::optional<HybridLayout> layout;
        for (const QString &key : kApigeectlOnly) {
            if (paths.contains(key)) {
                layout = HybridLayout::Apigeectl;
                layoutClue = key;
            }
        }
        for (const QString &key : kHelmOnly) {
            if (!layout && paths.contains(key)) {
                layout = HybridLayout::Helm;
                layoutClue = key;
            }
        }
        if (!layout && !m_report.file.isEmpty()) {
            const QFileInfo file(m_report.file);
            const QDir folder = file.absoluteDir();
            if (folder.dirName() == QLatin1String("overrides") &&
                QFileInfo(folder.absoluteFilePath(QStringLiteral("../certs"))).isDir()) {
                layout = HybridLayout::Apigeectl;
                layoutClue = QStringLiteral("overrides/");
            } else if (QFileInfo(folder.absoluteFilePath(QStringLiteral("apigee-virtualhost")))
                           .isDir()) {
                layout = HybridLayout::Helm;
                layoutClue = QStringLiteral("apigee-virtualhost/");
            }
        }
        m_report.layout = layout.value_or(HybridLayout::Apigeectl);
    }
    add(Severity::Info, fileSpan(), {}, "hybrid_version",
        {{"version", m_report.version.text()},
         {"layout", hybridLayoutId(m_report.layout)},
         {"low", HybridVersion{low}.text()},
         {"high", HybridVersion{high}.text()},
         {"given", m_report.versionGiven ? QStringLiteral("yes") : QStringLiteral("no")},
         {"key", newestKey},
         {"key_since", newestSince ? HybridVersion{newestSince}.text() : QString()},
         {"bound", bound},
         {"bound_key", boundKey},
         {"layout_clue", layoutClue}});
}

// Every key against the release: known, of another release, or of none (a typo, with
// the closest key that release reads). The keys of free maps (labels, annotations,
// resources) are the user's and are left alone.
void Validator::checkKeys(const YAML::Node &map, const QString &container, const QString &path,
                          int depth)
{
    if (m_budgetExceeded || depth > kMaxTreeDepth)
        return;
    const HybridSchema &schema = HybridSchema::instance();
    const QString version = m_report.version.text();
    forEachEntry(map, [&](const YAML::Node &key, const YAML::Node &value) {
        if (!key.IsScalar() || !spend(1, key))
            return;
        const QString name = fromStd(key.Scalar());
        const QString keyPath = container.isEmpty() ? name : container + QLatin1Char('.') + name;
        const QString childPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        const SchemaKey *info = schema.key(keyPath);
        if (!info) {
            // A top-level key that only holds anchors for merge keys: Helm ignores it.
            if (container.isEmpty() && (value.IsMap() || value.IsSequence()) &&
                m_aliased.contains(Yaml::nodeIdentity(value)))
                return;
            // Keys of an anchored map are checked where it is merged (<<: *vh), as
            // the keys of that place; here they may be anything.
            if (m_aliased.contains(Yaml::nodeIdentity(map)))
                return;
            const QString suggestion = closest(name, schema.childNames(container, minor()));
            // A near miss is a typo; anything else is a warning where the tables are
            // complete (the Helm releases) and a note before.
            const bool sure = !suggestion.isEmpty() || minor() >= 10;
            add(sure ? Severity::Warning : Severity::Info, keySpan(key), childPath,
                sure ? "unknown_key" : "unlisted_key",
                {{"key", name}, {"suggestion", suggestion}, {"version", version}});
            return;
        }
        // An inferred "since" is the first Apigee sample seen with the key, not a
        // release that lacks it: no claim that it is too new.
        if (!info->knownIn(minor()) && !(info->inferred && minor() < info->since)) {
            const bool newer = minor() < info->since;
            add(Severity::Warning, keySpan(key), childPath, newer ? "key_too_new" : "obsolete_key",
                {{"key", name},
                 {"since", HybridVersion{info->since}.text()},
                 {"until", info->until ? HybridVersion{info->until}.text() : QString()},
                 {"version", version}});
            return;
        }
        if (!info->deprecated.isEmpty())
            add(Severity::Info, keySpan(key), childPath, "deprecated_key",
                {{"key", name}, {"replacement", info->deprecated}});
        if (info->open)
            return;
        if (value.IsMap()) {
            if (schema.hasChildren(keyPath))
                checkKeys(value, keyPath, childPath, depth + 1);
        } else if (value.IsSequence()) {
            const QString items = keyPath + QStringLiteral("[]");
            if (!schema.hasChildren(items))
                return;
            int index = 0;
            for (const YAML::Node &item : value) {
                if (item.IsMap())
                    checkKeys(item, items, childPath + QStringLiteral("[%1]").arg(index),
                              depth + 1);
                ++index;
            }
        } else if (value.IsScalar() && !value.IsNull() &&
                   (info->type == QLatin1String("map") || info->type == QLatin1String("list")) &&
                   (schema.hasChildren(keyPath) ||
                    schema.hasChildren(keyPath + QStringLiteral("[]")))) {
            // The charts read keys under it: a string there fails the template.
            add(Severity::Error, spanOf(value), childPath, "wrong_type",
                {{"key", name}, {"expected", info->type}, {"actual", QStringLiteral("string")}});
        }
    });
}

} // namespace SniDoctor::OverridesCheck
