#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// An Apigee hybrid release, 1.minor: 1.2, 1.12. Patch releases do not change the keys
// this tool checks, so they are left out.
struct HybridVersion
{
    int minor = 0;

    [[nodiscard]] bool isValid() const { return minor >= kFirst && minor <= kLast; }
    [[nodiscard]] QString text() const { return QStringLiteral("1.%1").arg(minor); }
    // "1.12", "1.12.3", "v1.12": 1.12; anything else, or a release outside 1.1 to 1.16,
    // nothing.
    [[nodiscard]] static std::optional<HybridVersion> parse(const QString &text);
    friend bool operator==(HybridVersion a, HybridVersion b) { return a.minor == b.minor; }
    friend bool operator<(HybridVersion a, HybridVersion b) { return a.minor < b.minor; }

    static constexpr int kFirst = 1;
    static constexpr int kLast = 16;
};

// How the overrides are installed: Helm charts (1.10 on) or apigeectl (up to 1.11).
enum class HybridLayout
{
    Helm,
    Apigeectl,
};
[[nodiscard]] QString hybridLayoutId(HybridLayout layout); // helm, apigeectl
[[nodiscard]] std::optional<HybridLayout> hybridLayoutFromId(const QString &id);

// One overrides.yaml key as Apigee's documentation and charts know it.
struct SchemaKey
{
    QString path;          // lists as "name[]": virtualhosts[].selector
    QString type;          // string, number, boolean, list, map, any
    int since = 1;         // first minor release that reads it
    int until = 0;         // last minor release that reads it; 0: every release since
    bool inferred = false; // since/until read off samples or charts, not documented
    bool open = false;     // a free map (labels, annotations, resources): its keys are the user's
    QStringList values;    // the values the charts accept; empty: any
    QString deprecated;    // the key to use instead, when Apigee deprecated this one
    QString source;        // where the facts come from (an id of reference.json's sources)

    [[nodiscard]] bool knownIn(int minor) const
    {
        return minor >= since && (until == 0 || minor <= until);
    }
};

// The keys of every hybrid release, from resources/overrides-schema/: reference.json
// (Apigee's configuration property reference and release notes, by hand) and
// charts-*.json (what chart-keys.py found in the Helm charts). Loaded once, then
// read-only and thread-safe.
class HybridSchema
{
public:
    [[nodiscard]] static const HybridSchema &instance();

    // A key by its schema path; nullptr for a key no release knows.
    [[nodiscard]] const SchemaKey *key(const QString &path) const;
    // The keys under parent ("" for the top level) that release minor knows, or every
    // release when minor is 0.
    [[nodiscard]] QStringList childNames(const QString &parent, int minor = 0) const;
    [[nodiscard]] bool hasChildren(const QString &path) const { return m_children.contains(path); }
    // What went wrong loading the tables (a broken build); empty when they loaded.
    [[nodiscard]] QString loadError() const { return m_error; }
    // The chart releases whose tables were read (1.16, ...).
    [[nodiscard]] QList<int> chartReleases() const { return m_chartReleases; }

private:
    HybridSchema();
    void load();
    SchemaKey &ensure(const QString &path);

    QHash<QString, SchemaKey> m_keys;
    QHash<QString, QStringList> m_children; // parent path -> child names
    QList<int> m_chartReleases;
    QString m_error;
};

// The schema path of a concrete YAML path: "virtualhosts[3].selector" ->
// "virtualhosts[].selector".
[[nodiscard]] QString schemaPath(const QString &path);

} // namespace SniDoctor
