#pragma once

// Internal to overrides/: the validator's state and checks, in three files:
// overridesvalidator.cpp (the file as text, the tree walk, the structure, the run),
// overridesvirtualhosts.cpp (virtual hosts, ingress gateways, the wildcard route and
// certificates) and overridesschema.cpp (the keys Apigee reads). Include only there.

#include "core/yaml.h"
#include "overridesvalidator.h"

#include <QSet>
#include <QStringList>

#include <string>
#include <yaml-cpp/yaml.h>

namespace SniDoctor::OverridesCheck {

constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
constexpr int kMaxFlowDepth = 64;
constexpr int kMaxTreeDepth = 64;
constexpr int kNodeBudget = 200000;
constexpr qsizetype kMaxDiagnostics = 500;

// Keys Apigee hybrid's charts and apigeectl read at the top level (1.8 to 1.14), and
// inside the sections this validator knows (overridesschema.cpp). Anything else is a
// warning, never an error: the schema grows with every release.
extern const QStringList kTopLevelKeys;
extern const QStringList kVirtualHostKeys;
extern const QStringList kGcpKeys;
extern const QStringList kIngressGatewayKeys;

// The known key closest to key (for "did you mean"), or empty when none is close.
[[nodiscard]] QString closest(const QString &key, const QStringList &known);

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A scalar that YAML reads as something other than a string: "boolean", "null", "map",
// "list"; empty for a string.
[[nodiscard]] QString nonStringType(const YAML::Node &node);

class Validator
{
public:
    Validator(const QByteArray &text, const QString &fileName, const OverridesContext &context)
        : m_text(text)
        , m_context(context)
    {
        m_report.file = fileName;
        m_wildcard = context.wildcardRoute;
        if (context.routes) {
            for (const ApigeeRoute &route : *context.routes) {
                m_knownRoutes << route.name;
                if (m_wildcard.isEmpty() && route.isWildcard())
                    m_wildcard = route.name;
            }
        }
        m_lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    OverridesReport run();

private:
    struct Span
    {
        int line = 0;
        int column = 0;
        int endColumn = 0;
    };

    void add(Severity severity, const Span &span, const QString &path, const char *code,
             const Args &args = {})
    {
        // A file with this many problems is not an overrides.yaml worth listing further.
        if (m_report.diagnostics.size() >= kMaxDiagnostics) {
            if (m_report.diagnostics.size() == kMaxDiagnostics)
                m_report.diagnostics.append(
                    OverridesDiagnostic{Severity::Error,
                                        0,
                                        0,
                                        0,
                                        QString(),
                                        QStringLiteral("too_many_problems"),
                                        {{"limit", QString::number(kMaxDiagnostics)}}});
            return;
        }
        m_report.diagnostics.append(OverridesDiagnostic{severity, span.line, span.column,
                                                        span.endColumn, path,
                                                        QString::fromLatin1(code), args});
    }
    Span spanOf(const YAML::Node &node) const;
    Span keySpan(const YAML::Node &key) const { return spanOf(key); }
    static Span fileSpan() { return {}; }

    bool preChecks();
    void checkTabs();
    void walk(const YAML::Node &node, const QString &path, int depth);
    void checkQuoteClosed(const YAML::Node &node, const QString &path);
    void checkStructure(const YAML::Node &root);
    void checkKeys(const YAML::Node &map, const QString &path, const QStringList &known);
    void checkVirtualHost(const YAML::Node &host, int index, const QSet<QString> &gatewayNames,
                          QSet<QString> &names);
    void checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names);
    void checkNonSni();
    void checkCertificates(const YAML::Node &host, const QString &path,
                           const OverridesVirtualHost &info);
    void scanPrivateKeys();

    // The key node of map[key] (for positions) and its value; undefined when absent.
    static YAML::Node keyNode(const YAML::Node &map, const char *key)
    {
        return Yaml::entry(map, key).first;
    }
    static YAML::Node valueNode(const YAML::Node &map, const char *key)
    {
        return Yaml::entry(map, key).second;
    }
    bool expectString(const YAML::Node &map, const char *key, const QString &path, bool required);
    static bool isPlain(const YAML::Node &node) { return node.Tag() == "?"; }

    QByteArray m_text;
    OverridesContext m_context;
    OverridesReport m_report;
    QStringList m_lines;
    int m_visited = 0;
    bool m_budgetExceeded = false;
    QList<std::pair<YAML::Node, QString>> m_hostNodes; // virtual host nodes and their paths
    QString m_wildcard;
    QStringList m_knownRoutes;
    QSet<quint64> m_walked; // maps and lists already walked, by their mark
};

} // namespace SniDoctor::OverridesCheck
