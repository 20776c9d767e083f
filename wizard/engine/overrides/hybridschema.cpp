#include "overrides/hybridschema.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace SniDoctor {

namespace {

// Keys whose children are the user's own (Kubernetes labels, annotations, resource
// requests, probes): nothing under them is checked.
const QSet<QString> kOpenNames{QStringLiteral("annotations"),     QStringLiteral("svcAnnotations"),
                               QStringLiteral("labels"),          QStringLiteral("selector"),
                               QStringLiteral("envVars"),         QStringLiteral("env"),
                               QStringLiteral("resources"),       QStringLiteral("livenessProbe"),
                               QStringLiteral("readinessProbe"),  QStringLiteral("hpaBehavior"),
                               QStringLiteral("securityContext"), QStringLiteral("cwcAppend"),
                               QStringLiteral("properties"),      QStringLiteral("networks")};

// The first chart release: keys seen only in the charts are taken to be read since.
constexpr int kFirstHelmRelease = 10;

int minorOf(const QString &version)
{
    const std::optional<HybridVersion> parsed = HybridVersion::parse(version);
    return parsed ? parsed->minor : 0;
}

QString lastSegment(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    QString last = dot < 0 ? path : path.mid(dot + 1);
    if (last.endsWith(QLatin1String("[]")))
        last.chop(2);
    return last;
}

} // namespace

std::optional<HybridVersion> HybridVersion::parse(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^\s*v?1\.(\d{1,2})(\.\d+)?(-\S*)?\s*$)"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const HybridVersion version{match.captured(1).toInt()};
    if (!version.isValid())
        return std::nullopt;
    return version;
}

QString hybridLayoutId(HybridLayout layout)
{
    return layout == HybridLayout::Helm ? QStringLiteral("helm") : QStringLiteral("apigeectl");
}

std::optional<HybridLayout> hybridLayoutFromId(const QString &id)
{
    if (id == QLatin1String("helm"))
        return HybridLayout::Helm;
    if (id == QLatin1String("apigeectl"))
        return HybridLayout::Apigeectl;
    return std::nullopt;
}

QString schemaPath(const QString &path)
{
    static const QRegularExpression index(QStringLiteral(R"(\[\d+\])"));
    QString normal = path;
    return normal.replace(index, QStringLiteral("[]"));
}

const HybridSchema &HybridSchema::instance()
{
    static const HybridSchema schema;
    return schema;
}

HybridSchema::HybridSchema()
{
    load();
}

SchemaKey &HybridSchema::ensure(const QString &path)
{
    auto it = m_keys.find(path);
    if (it == m_keys.end()) {
        SchemaKey key;
        key.path = path;
        key.type = QStringLiteral("any");
        it = m_keys.insert(path, key);
    }
    return it.value();
}

void HybridSchema::load()
{
    QFile reference(QStringLiteral(":/overrides-schema/reference.json"));
    if (!reference.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("reference.json is not in the resources");
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reference.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("reference.json: ") + parseError.errorString();
        return;
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject object = value.toObject();
        SchemaKey key;
        key.path = object.value(QLatin1String("path")).toString();
        key.type = object.value(QLatin1String("type")).toString(QStringLiteral("any"));
        key.since = std::max(1, minorOf(object.value(QLatin1String("since")).toString()));
        key.until = minorOf(object.value(QLatin1String("until")).toString());
        key.inferred = object.value(QLatin1String("inferred")).toBool();
        key.deprecated = object.value(QLatin1String("deprecated")).toString();
        key.source = object.value(QLatin1String("source")).toString();
        for (const QJsonValue &allowed : object.value(QLatin1String("values")).toArray())
            key.values << allowed.toString();
        if (!key.path.isEmpty())
            m_keys.insert(key.path, key);
    }
    // What the Helm charts of each release read. A key only the charts know is taken to
    // be read from the first chart release on: the charts of earlier releases are not
    // at hand.
    const QStringList charts = QDir(QStringLiteral(":/overrides-schema"))
                                   .entryList({QStringLiteral("charts-*.json")}, QDir::Files);
    for (const QString &name : charts) {
        QFile file(QStringLiteral(":/overrides-schema/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object();
        const int release = minorOf(table.value(QLatin1String("version")).toString());
        if (release == 0) {
            m_error = name + QStringLiteral(": no version");
            continue;
        }
        m_chartReleases << release;
        for (const QJsonValue &value : table.value(QLatin1String("keys")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString path = object.value(QLatin1String("path")).toString();
            if (path.isEmpty())
                continue;
            auto it = m_keys.find(path);
            if (it == m_keys.end()) {
                SchemaKey key;
                key.path = path;
                key.type = object.value(QLatin1String("type")).toString(QStringLiteral("any"));
                key.since = std::min(release, kFirstHelmRelease);
                key.inferred = true;
                key.source = QStringLiteral("charts-") + HybridVersion{release}.text();
                m_keys.insert(path, key);
            } else if (it->type == QLatin1String("any")) {
                it->type = object.value(QLatin1String("type")).toString(QStringLiteral("any"));
            }
        }
    }
    std::sort(m_chartReleases.begin(), m_chartReleases.end());
    // Every prefix of a key is a section, known while any of its keys is; each key is a
    // child of the section (or list items, "a[]") before it.
    const QStringList paths = m_keys.keys();
    // Sections the tables do not date themselves: dated by their keys. The charts list
    // their sections too, dated by the first chart release only.
    QSet<QString> synthesized;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it->source.startsWith(QLatin1String("charts-")))
            synthesized.insert(it.key());
    }
    for (const QString &path : paths) {
        const SchemaKey child = m_keys.value(path);
        const QStringList segments = path.split(QLatin1Char('.'));
        QString container;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            QString name = segments.at(i);
            const bool isList = name.endsWith(QLatin1String("[]"));
            if (isList)
                name.chop(2);
            QStringList &names = m_children[container];
            if (!names.contains(name))
                names << name;
            const QString keyPath =
                container.isEmpty() ? name : container + QLatin1Char('.') + name;
            if (i + 1 < segments.size()) {
                const bool fresh = !m_keys.contains(keyPath);
                SchemaKey &section = ensure(keyPath);
                if (fresh) {
                    synthesized.insert(keyPath);
                    section.since = child.since;
                    section.until = child.until;
                    section.inferred = child.inferred;
                } else if (synthesized.contains(keyPath)) {
                    section.since = std::min(section.since, child.since);
                    section.until = (section.until == 0 || child.until == 0)
                                        ? 0
                                        : std::max(section.until, child.until);
                    section.inferred = section.inferred && child.inferred;
                }
                if (section.type == QLatin1String("any"))
                    section.type = isList ? QStringLiteral("list") : QStringLiteral("map");
            }
            container = isList ? keyPath + QStringLiteral("[]") : keyPath;
        }
    }
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it) {
        it->since = std::max(1, it->since);
        it->open = kOpenNames.contains(lastSegment(it->path));
    }
    qCDebug(logOverrides) << "schema:" << m_keys.size() << "keys, charts of" << m_chartReleases;
}

const SchemaKey *HybridSchema::key(const QString &path) const
{
    const auto it = m_keys.constFind(path);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

QStringList HybridSchema::childNames(const QString &parent, int minor) const
{
    QStringList names;
    for (const QString &name : m_children.value(parent)) {
        const SchemaKey *child = key(parent.isEmpty() ? name : parent + QLatin1Char('.') + name);
        if (minor == 0 || (child && child->knownIn(minor)))
            names << name;
    }
    return names;
}

} // namespace SniDoctor
