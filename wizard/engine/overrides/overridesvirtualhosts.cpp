#include "overridescheck.h"

#include "overrides/overridescertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace SniDoctor::OverridesCheck {

void Validator::checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names)
{
    if (!gateways.IsSequence()) {
        add(Severity::Error, spanOf(gateways), QStringLiteral("ingressGateways"), "wrong_type",
            {{"key", QStringLiteral("ingressGateways")},
             {"expected", QStringLiteral("list")},
             {"actual", nonStringType(gateways).isEmpty() ? QStringLiteral("string")
                                                          : nonStringType(gateways)}});
        return;
    }
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9.-]{1,17}$"));
    int index = 0;
    for (const YAML::Node &gateway : gateways) {
        const QString path = QStringLiteral("ingressGateways[%1]").arg(index++);
        if (!gateway.IsMap()) {
            add(Severity::Error, spanOf(gateway), path, "wrong_type",
                {{"key", path},
                 {"expected", QStringLiteral("map")},
                 {"actual", nonStringType(gateway).isEmpty() ? QStringLiteral("string")
                                                             : nonStringType(gateway)}});
            continue;
        }
        checkKeys(gateway, path, kIngressGatewayKeys);
        if (!expectString(gateway, "name", path, true))
            continue;
        const YAML::Node name = valueNode(gateway, "name");
        const QString text = fromStd(name.Scalar());
        if (!valid.match(text).hasMatch())
            add(Severity::Error, spanOf(name), path + QStringLiteral(".name"),
                "invalid_ingress_gateway_name", {{"name", text}});
        names.insert(text);
    }
}

void Validator::checkVirtualHost(const YAML::Node &host, int index,
                                 const QSet<QString> &gatewayNames, QSet<QString> &names)
{
    const QString path = QStringLiteral("virtualhosts[%1]").arg(index);
    if (!host.IsMap()) {
        add(Severity::Error, spanOf(host), path, "wrong_type",
            {{"key", path},
             {"expected", QStringLiteral("map")},
             {"actual",
              nonStringType(host).isEmpty() ? QStringLiteral("string") : nonStringType(host)}});
        return;
    }
    m_hostNodes.append({host, path});
    checkKeys(host, path, kVirtualHostKeys);
    OverridesVirtualHost info;
    info.index = index;
    const Span hostSpan = spanOf(host);
    info.line = hostSpan.line;
    info.column = hostSpan.column;
    if (expectString(host, "name", path, true)) {
        const YAML::Node name = valueNode(host, "name");
        info.name = fromStd(name.Scalar());
        const Span span = keySpan(keyNode(host, "name"));
        info.line = span.line;
        info.column = span.column;
        if (names.contains(info.name))
            add(Severity::Error, spanOf(name), path + QStringLiteral(".name"),
                "duplicate_virtualhost_name", {{"name", info.name}});
        names.insert(info.name);
    }
    // selector: a map, default app: apigee-ingressgateway; ingress_name names a gateway.
    if (const YAML::Node selector = valueNode(host, "selector"); !keyNode(host, "selector")) {
        add(Severity::Error, hostSpan, path + QStringLiteral(".selector"), "missing_key",
            {{"key", QStringLiteral("selector")}, {"parent", path}});
    } else if (!selector.IsMap()) {
        add(Severity::Error,
            selector.IsNull() ? keySpan(keyNode(host, "selector")) : spanOf(selector),
            path + QStringLiteral(".selector"), "wrong_type",
            {{"key", QStringLiteral("selector")},
             {"expected", QStringLiteral("map")},
             {"actual", nonStringType(selector).isEmpty() ? QStringLiteral("string")
                                                          : nonStringType(selector)}});
    } else {
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            if (it->first.IsScalar() && it->second.IsScalar())
                info.selector.insert(fromStd(it->first.Scalar()), fromStd(it->second.Scalar()));
        }
        if (const YAML::Node ingress = valueNode(selector, "ingress_name");
            ingress && ingress.IsScalar()) {
            const QString name = fromStd(ingress.Scalar());
            if (!gatewayNames.contains(name))
                add(Severity::Error, spanOf(ingress),
                    path + QStringLiteral(".selector.ingress_name"), "unknown_ingress_name",
                    {{"name", name},
                     {"gateways", QStringList(gatewayNames.values()).join(QStringLiteral(", "))}});
        }
    }
    // TLS credentials: sslCertPath + sslKeyPath, or sslSecret; not both.
    const bool cert = bool(keyNode(host, "sslCertPath"));
    const bool key = bool(keyNode(host, "sslKeyPath"));
    const bool secret = bool(keyNode(host, "sslSecret"));
    if (cert)
        expectString(host, "sslCertPath", path, true);
    if (key)
        expectString(host, "sslKeyPath", path, true);
    if (secret && expectString(host, "sslSecret", path, true))
        info.sslSecret = fromStd(valueNode(host, "sslSecret").Scalar());
    if (!cert && !key && !secret) {
        add(Severity::Error, Span{info.line, info.column, 0}, path, "tls_credentials_missing",
            {{"host", info.name}});
    } else if (secret && (cert || key)) {
        add(Severity::Error, keySpan(keyNode(host, "sslSecret")),
            path + QStringLiteral(".sslSecret"), "tls_credentials_conflict", {{"host", info.name}});
    } else if (cert != key) {
        const char *present = cert ? "sslCertPath" : "sslKeyPath";
        add(Severity::Error, keySpan(keyNode(host, present)),
            path + QLatin1Char('.') + QLatin1String(present), "tls_pair_incomplete",
            {{"key", QString::fromLatin1(present)},
             {"missing", QString::fromLatin1(cert ? "sslKeyPath" : "sslCertPath")}});
    }
    // Lists of strings.
    for (const char *listKey : {"additionalGateways", "cipherSuites"}) {
        const YAML::Node keyFound = keyNode(host, listKey);
        if (!keyFound)
            continue;
        const QString listPath = path + QLatin1Char('.') + QLatin1String(listKey);
        const YAML::Node list = valueNode(host, listKey);
        const bool isGateways = QLatin1String(listKey) == QLatin1String("additionalGateways");
        if (isGateways)
            info.hasAdditionalGateways = true;
        if (list.IsNull())
            continue; // an empty value: an empty list
        if (!list.IsSequence()) {
            add(Severity::Error, spanOf(list), listPath, "wrong_type",
                {{"key", QString::fromLatin1(listKey)},
                 {"expected", QStringLiteral("list")},
                 {"actual",
                  nonStringType(list).isEmpty() ? QStringLiteral("string") : nonStringType(list)}});
            continue;
        }
        int item = 0;
        for (const YAML::Node &entry : list) {
            const QString type = nonStringType(entry);
            if (!type.isEmpty())
                add(Severity::Error, spanOf(entry), listPath + QStringLiteral("[%1]").arg(item),
                    "wrong_type",
                    {{"key", QStringLiteral("%1[%2]").arg(QLatin1String(listKey)).arg(item)},
                     {"expected", QStringLiteral("string")},
                     {"actual", type}});
            else if (isGateways)
                info.additionalGateways << fromStd(entry.Scalar());
            ++item;
        }
    }
    // TLS versions: "1.1", "1.2" or "1.3", quoted (a plain 1.2 is a number to Helm).
    for (const char *versionKey : {"minTLSProtocolVersion", "maxTLSProtocolVersion"}) {
        const YAML::Node value = valueNode(host, versionKey);
        if (!keyNode(host, versionKey))
            continue;
        const QString versionPath = path + QLatin1Char('.') + QLatin1String(versionKey);
        const QString text = value.IsScalar() ? fromStd(value.Scalar()) : QString();
        static const QStringList versions{QStringLiteral("1.1"), QStringLiteral("1.2"),
                                          QStringLiteral("1.3")};
        if (!versions.contains(text)) {
            add(Severity::Error,
                value.IsNull() ? keySpan(keyNode(host, versionKey)) : spanOf(value), versionPath,
                "tls_version_invalid", {{"key", QString::fromLatin1(versionKey)}, {"value", text}});
        } else if (isPlain(value)) {
            add(Severity::Warning, spanOf(value), versionPath, "tls_version_unquoted",
                {{"key", QString::fromLatin1(versionKey)}, {"value", text}});
        }
    }
    if (const YAML::Node timeout = valueNode(host, "requestTimeout");
        keyNode(host, "requestTimeout")) {
        bool ok = false;
        const int seconds =
            timeout.IsScalar() && isPlain(timeout) ? fromStd(timeout.Scalar()).toInt(&ok) : 0;
        if (!ok || seconds < 1)
            add(Severity::Error,
                timeout.IsNull() ? keySpan(keyNode(host, "requestTimeout")) : spanOf(timeout),
                path + QStringLiteral(".requestTimeout"), "request_timeout_invalid",
                {{"value", timeout.IsScalar() ? fromStd(timeout.Scalar()) : QString()}});
    }
    if (const YAML::Node mode = valueNode(host, "tlsMode"); keyNode(host, "tlsMode")) {
        const QString text = mode.IsScalar() ? fromStd(mode.Scalar()) : QString();
        if (text != QLatin1String("SIMPLE") && text != QLatin1String("MUTUAL"))
            add(Severity::Error, mode.IsNull() ? keySpan(keyNode(host, "tlsMode")) : spanOf(mode),
                path + QStringLiteral(".tlsMode"), "tls_mode_invalid", {{"value", text}});
        else if (text == QLatin1String("MUTUAL") && !keyNode(host, "caCertPath"))
            add(Severity::Error, spanOf(mode), path + QStringLiteral(".tlsMode"), "missing_key",
                {{"key", QStringLiteral("caCertPath")}, {"parent", path}});
    }
    if (keyNode(host, "caCertPath"))
        expectString(host, "caCertPath", path, true);
    m_report.virtualHosts.append(info);
    if (m_context.checkCertificates)
        checkCertificates(host, path, info);
}

// The reason for runbook step 6: each virtual host lists the wildcard route in
// additionalGateways, and names only routes that exist.
void Validator::checkNonSni()
{
    if (m_wildcard.isEmpty()) {
        if (!m_report.virtualHosts.isEmpty())
            add(Severity::Info, fileSpan(), QStringLiteral("virtualhosts"),
                m_context.routes ? "wildcard_route_absent" : "wildcard_route_unknown");
        return;
    }
    for (const auto &[host, path] : std::as_const(m_hostNodes)) {
        const OverridesVirtualHost *info = nullptr;
        for (const OverridesVirtualHost &candidate : std::as_const(m_report.virtualHosts)) {
            if (QStringLiteral("virtualhosts[%1]").arg(candidate.index) == path)
                info = &candidate;
        }
        if (!info)
            continue;
        const QString name = info->name.isEmpty() ? path : info->name;
        if (!info->additionalGateways.contains(m_wildcard)) {
            const YAML::Node key = keyNode(host, "additionalGateways");
            const Span span = key ? keySpan(key) : Span{info->line, info->column, 0};
            Span where = span;
            if (!key) {
                // On the name key itself, as far as "name" goes.
                where.endColumn = info->column > 0 ? info->column + 4 : 0;
            }
            add(Severity::Error, where, path + QStringLiteral(".additionalGateways"),
                "additional_gateway_missing", {{"host", name}, {"route", m_wildcard}});
        }
        if (m_knownRoutes.isEmpty())
            continue;
        const YAML::Node list = valueNode(host, "additionalGateways");
        if (!list.IsSequence())
            continue;
        int item = 0;
        for (const YAML::Node &entry : list) {
            if (entry.IsScalar() && !m_knownRoutes.contains(fromStd(entry.Scalar())))
                add(Severity::Warning, spanOf(entry),
                    path + QStringLiteral(".additionalGateways[%1]").arg(item),
                    "unknown_additional_gateway", {{"route", fromStd(entry.Scalar())}});
            ++item;
        }
    }
}

void Validator::checkCertificates(const YAML::Node &host, const QString &path,
                                  const OverridesVirtualHost &info)
{
    const QString base = QFileInfo(m_report.file).absolutePath();
    auto resolve = [&](const QString &relative, QStringList &tried) -> QString {
        QStringList candidates;
        if (QDir::isAbsolutePath(relative)) {
            candidates << relative;
        } else {
            candidates << QDir(base).filePath(relative);
            if (!m_context.chartDir.isEmpty())
                candidates << QDir(m_context.chartDir).filePath(relative);
            // Helm resolves against the chart: overrides.yaml often sits beside it.
            candidates << QDir(base).filePath(QStringLiteral("apigee-virtualhost/") + relative);
        }
        for (const QString &candidate : std::as_const(candidates)) {
            tried << QDir::cleanPath(candidate);
            if (QFileInfo(candidate).isFile())
                return QDir::cleanPath(candidate);
        }
        return {};
    };
    // The environment group's host names: those of its virtual-host route.
    QStringList hostNames;
    if (m_context.routes && !info.name.isEmpty()) {
        const QString prefix = m_report.org + QLatin1Char('-') + info.name + QLatin1Char('-');
        for (const ApigeeRoute &route : *m_context.routes) {
            if (!route.isWildcard() && route.name.startsWith(prefix))
                hostNames += route.hostnames;
        }
    }
    const QDateTime now = m_context.now.isValid() ? m_context.now : QDateTime::currentDateTimeUtc();
    const YAML::Node certKey = keyNode(host, "sslCertPath");
    const YAML::Node keyKey = keyNode(host, "sslKeyPath");
    const YAML::Node certValue = valueNode(host, "sslCertPath");
    const YAML::Node keyValue = valueNode(host, "sslKeyPath");
    QString certFile;
    if (certKey && certValue.IsScalar()) {
        QStringList tried;
        certFile = resolve(fromStd(certValue.Scalar()), tried);
        if (certFile.isEmpty()) {
            add(Severity::Error, spanOf(certValue), path + QStringLiteral(".sslCertPath"),
                "certificate_unreadable",
                {{"file", fromStd(certValue.Scalar())},
                 {"tried", tried.join(QStringLiteral(", "))}});
        }
    }
    QString keyFile;
    if (keyKey && keyValue.IsScalar()) {
        QStringList tried;
        keyFile = resolve(fromStd(keyValue.Scalar()), tried);
        if (keyFile.isEmpty())
            add(Severity::Error, spanOf(keyValue), path + QStringLiteral(".sslKeyPath"),
                "key_unreadable",
                {{"file", fromStd(keyValue.Scalar())},
                 {"tried", tried.join(QStringLiteral(", "))}});
    }
    if (!certFile.isEmpty()) {
        const CertificateCheck check = checkCertificateFiles(certFile, keyFile, hostNames, now);
        const Span certSpan = spanOf(certValue);
        const QString certPath = path + QStringLiteral(".sslCertPath");
        for (const CertificateProblem &problem : check.problems) {
            const bool aboutKey = problem.code.startsWith(QLatin1String("key_"));
            add(problem.severity, aboutKey && keyValue ? spanOf(keyValue) : certSpan,
                aboutKey ? path + QStringLiteral(".sslKeyPath") : certPath,
                problem.code.toLatin1().constData(), problem.args);
        }
        if (!check.chain.isEmpty()) {
            m_report.certificates.append(OverridesCertificate{certPath, certFile, check.chain});
            const CertificateInfo &leaf = check.chain.first();
            add(Severity::Info, certSpan, certPath, "certificate_info",
                {{"subject", leaf.subject},
                 {"names", leaf.sans.join(QStringLiteral(", "))},
                 {"from", leaf.notBefore.toString(Qt::ISODate)},
                 {"until", leaf.notAfter.toString(Qt::ISODate)}});
        }
    }
    if (const YAML::Node ca = valueNode(host, "caCertPath");
        keyNode(host, "caCertPath") && ca.IsScalar()) {
        QStringList tried;
        const QString caFile = resolve(fromStd(ca.Scalar()), tried);
        const QString caPath = path + QStringLiteral(".caCertPath");
        if (caFile.isEmpty()) {
            add(Severity::Error, spanOf(ca), caPath, "certificate_unreadable",
                {{"file", fromStd(ca.Scalar())}, {"tried", tried.join(QStringLiteral(", "))}});
        } else {
            const CertificateCheck check = checkCertificateFiles(caFile, {}, {}, now);
            for (const CertificateProblem &problem : check.problems) {
                if (problem.code != QLatin1String("chain_out_of_order")) // a CA bundle has no order
                    add(problem.severity, spanOf(ca), caPath, problem.code.toLatin1().constData(),
                        problem.args);
            }
        }
    }
}

} // namespace SniDoctor::OverridesCheck
