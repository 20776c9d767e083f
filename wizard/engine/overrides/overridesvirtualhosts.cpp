#include "overridescheck.h"

#include "overrides/overridescertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace SniDoctor::OverridesCheck {

namespace {

QString typeOf(const YAML::Node &node)
{
    const QString type = nonStringType(node);
    return type.isEmpty() ? QStringLiteral("string") : type;
}

// A plain scalar YAML reads as a number (1.2, 300, 1e3): not a string to a template.
bool isPlainNumber(const YAML::Node &node)
{
    if (!node.IsScalar() || node.Tag() != "?")
        return false;
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    return number.match(fromStd(node.Scalar())).hasMatch();
}

} // namespace

void Validator::checkStructure(const YAML::Node &root)
{
    if (expectString(root, "org", {}, true))
        m_report.org = fromStd(valueNode(root, "org").Scalar());
    // instanceID: from 1.3; at most 63 characters (apigee-org fails longer ones).
    if (minor() >= 3 && expectString(root, "instanceID", {}, true)) {
        const YAML::Node id = valueNode(root, "instanceID");
        if (QString text = fromStd(id.Scalar()); text.size() > 63)
            add(Severity::Error, spanOf(id), QStringLiteral("instanceID"), "instance_id_too_long",
                {{"length", QString::number(text.size())}});
    }
    // gcp.projectID: from 1.2 (gcpProjectID before, still read later).
    if (minor() >= 2 && !keyNode(root, "gcpProjectID")) {
        if (!keyNode(root, "gcp")) {
            add(Severity::Error, Span{1, 1, 0}, QStringLiteral("gcp"), "missing_key",
                {{"key", QStringLiteral("gcp")}, {"parent", QString()}});
        } else if (const YAML::Node gcp = valueNode(root, "gcp"); !gcp.IsMap()) {
            add(Severity::Error, gcp.IsNull() ? keySpan(keyNode(root, "gcp")) : spanOf(gcp),
                QStringLiteral("gcp"), "wrong_type",
                {{"key", QStringLiteral("gcp")},
                 {"expected", QStringLiteral("map")},
                 {"actual", typeOf(gcp)}});
        } else if (!keyNode(gcp, "projectID")) {
            add(Severity::Error, keySpan(keyNode(root, "gcp")), QStringLiteral("gcp.projectID"),
                "missing_key",
                {{"key", QStringLiteral("projectID")}, {"parent", QStringLiteral("gcp")}});
        } else {
            expectString(gcp, "projectID", QStringLiteral("gcp"), true);
        }
    }
    // envs: a list of environments, each with a name.
    if (const YAML::Node envs = valueNode(root, "envs"); keyNode(root, "envs") && !envs.IsNull()) {
        if (!envs.IsSequence()) {
            add(Severity::Error, spanOf(envs), QStringLiteral("envs"), "wrong_type",
                {{"key", QStringLiteral("envs")},
                 {"expected", QStringLiteral("list")},
                 {"actual", typeOf(envs)}});
        } else {
            int index = 0;
            for (const YAML::Node &env : envs) {
                const QString path = QStringLiteral("envs[%1]").arg(index++);
                if (!env.IsMap())
                    add(Severity::Error, spanOf(env), path, "wrong_type",
                        {{"key", path},
                         {"expected", QStringLiteral("map")},
                         {"actual", typeOf(env)}});
                else
                    expectString(env, "name", path, true);
            }
        }
    }
    QSet<QString> gatewayNames;
    if (keyNode(root, "ingressGateways"))
        checkIngressGateways(valueNode(root, "ingressGateways"), gatewayNames);
    if (minor() < 2)
        return; // virtual hosts came with 1.2
    if (!keyNode(root, "virtualhosts")) {
        add(Severity::Error, Span{1, 1, 0}, QStringLiteral("virtualhosts"), "missing_key",
            {{"key", QStringLiteral("virtualhosts")}, {"parent", QString()}});
        return;
    }
    const YAML::Node hosts = valueNode(root, "virtualhosts");
    if (!hosts.IsSequence()) {
        add(Severity::Error,
            hosts.IsNull() ? keySpan(keyNode(root, "virtualhosts")) : spanOf(hosts),
            QStringLiteral("virtualhosts"), "wrong_type",
            {{"key", QStringLiteral("virtualhosts")},
             {"expected", QStringLiteral("list")},
             {"actual", typeOf(hosts)}});
        return;
    }
    if (hosts.size() == 0)
        add(Severity::Error, spanOf(hosts), QStringLiteral("virtualhosts"), "no_virtualhosts");
    QSet<QString> names;
    int index = 0;
    for (const YAML::Node &host : hosts) {
        if (!spend(1, host))
            return;
        checkVirtualHost(host, index++, gatewayNames, names);
    }
}

void Validator::checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names)
{
    if (gateways.IsNull())
        return;
    if (!gateways.IsSequence()) {
        add(Severity::Error, spanOf(gateways), QStringLiteral("ingressGateways"), "wrong_type",
            {{"key", QStringLiteral("ingressGateways")},
             {"expected", QStringLiteral("list")},
             {"actual", typeOf(gateways)}});
        return;
    }
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9.-]{0,15}[a-z0-9])?$"));
    int index = 0;
    for (const YAML::Node &gateway : gateways) {
        const QString path = QStringLiteral("ingressGateways[%1]").arg(index++);
        if (!gateway.IsMap()) {
            add(Severity::Error, spanOf(gateway), path, "wrong_type",
                {{"key", path}, {"expected", QStringLiteral("map")}, {"actual", typeOf(gateway)}});
            continue;
        }
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
            {{"key", path}, {"expected", QStringLiteral("map")}, {"actual", typeOf(host)}});
        return;
    }
    m_hostNodes.append({host, path});
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
    // selector: from 1.8 it names the Apigee ingress gateway and is required; before,
    // the charts gave the Anthos Service Mesh gateway's label.
    if (const YAML::Node selector = valueNode(host, "selector"); !keyNode(host, "selector")) {
        if (minor() >= 8)
            add(Severity::Error, hostSpan, path + QStringLiteral(".selector"), "missing_key",
                {{"key", QStringLiteral("selector")}, {"parent", path}});
        else
            add(Severity::Info, Span{info.line, info.column, 0}, path + QStringLiteral(".selector"),
                "selector_default",
                {{"host", info.name},
                 {"default", QStringLiteral("app: istio-ingressgateway")},
                 {"version", m_report.version.text()}});
    } else if (!selector.IsMap()) {
        add(Severity::Error,
            selector.IsNull() ? keySpan(keyNode(host, "selector")) : spanOf(selector),
            path + QStringLiteral(".selector"), "wrong_type",
            {{"key", QStringLiteral("selector")},
             {"expected", QStringLiteral("map")},
             {"actual", typeOf(selector)}});
    } else {
        forEachEntry(selector, [&](const YAML::Node &key, const YAML::Node &value) {
            if (key.IsScalar() && value.IsScalar())
                info.selector.insert(fromStd(key.Scalar()), fromStd(value.Scalar()));
        });
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
    // TLS credentials: sslSecret, or sslCertPath with sslKeyPath. With sslSecret the
    // chart uses the Secret and never reads the paths.
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
        add(Severity::Warning, keySpan(keyNode(host, cert ? "sslCertPath" : "sslKeyPath")),
            path + QStringLiteral(".sslSecret"), "tls_paths_ignored",
            {{"host", info.name}, {"secret", info.sslSecret}});
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
                 {"actual", typeOf(list)}});
            continue;
        }
        int item = 0;
        if (!spend(qint64(list.size()), list))
            return;
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
    checkTlsVersions(host, path);
    // Timeouts in seconds: the charts write them as numbers, quoted or not.
    for (const char *timeoutKey : {"requestTimeout", "connectTimeout"}) {
        const YAML::Node timeout = valueNode(host, timeoutKey);
        if (!keyNode(host, timeoutKey))
            continue;
        bool ok = false;
        const int seconds = timeout.IsScalar() ? fromStd(timeout.Scalar()).trimmed().toInt(&ok) : 0;
        if (!ok || seconds < 1)
            add(Severity::Error,
                timeout.IsNull() ? keySpan(keyNode(host, timeoutKey)) : spanOf(timeout),
                path + QLatin1Char('.') + QLatin1String(timeoutKey), "request_timeout_invalid",
                {{"key", QString::fromLatin1(timeoutKey)},
                 {"value", timeout.IsScalar() ? fromStd(timeout.Scalar()) : QString()}});
    }
    // mTLS: MUTUAL needs the client CA, from caCertPath or inside the Secret (sslSecret).
    if (const YAML::Node mode = valueNode(host, "tlsMode"); keyNode(host, "tlsMode")) {
        const QString text = mode.IsScalar() ? fromStd(mode.Scalar()) : QString();
        if (text != QLatin1String("SIMPLE") && text != QLatin1String("MUTUAL"))
            add(Severity::Error, mode.IsNull() ? keySpan(keyNode(host, "tlsMode")) : spanOf(mode),
                path + QStringLiteral(".tlsMode"), "tls_mode_invalid", {{"value", text}});
        else if (text == QLatin1String("MUTUAL") && !keyNode(host, "caCertPath") && !secret)
            add(Severity::Error, spanOf(mode), path + QStringLiteral(".tlsMode"), "missing_key",
                {{"key", QStringLiteral("caCertPath")}, {"parent", path}});
    }
    if (keyNode(host, "caCertPath"))
        expectString(host, "caCertPath", path, true);
    m_report.virtualHosts.append(info);
    // Files last: many unreadable certificates must not crowd out what step 6 is for.
    if (m_context.checkCertificates)
        m_certificateChecks.append({host, path, int(m_report.virtualHosts.size()) - 1, !secret});
}

// TLS versions as the chart's template reads them: the strings "AUTO", "1.0" to "1.3"
// (an unquoted 1.2 is a number and fails the template's comparison), min <= max.
void Validator::checkTlsVersions(const YAML::Node &host, const QString &path)
{
    static const QStringList versions{QStringLiteral("AUTO"), QStringLiteral("1.0"),
                                      QStringLiteral("1.1"), QStringLiteral("1.2"),
                                      QStringLiteral("1.3")};
    QString chosen[2];
    int index = 0;
    for (const char *versionKey : {"minTLSProtocolVersion", "maxTLSProtocolVersion"}) {
        const int which = index++;
        const YAML::Node value = valueNode(host, versionKey);
        if (!keyNode(host, versionKey))
            continue;
        const QString versionPath = path + QLatin1Char('.') + QLatin1String(versionKey);
        const QString text = value.IsScalar() ? fromStd(value.Scalar()) : QString();
        if (isPlainNumber(value)) {
            add(Severity::Error, spanOf(value), versionPath, "tls_version_unquoted",
                {{"key", QString::fromLatin1(versionKey)},
                 {"value", text},
                 {"template", QStringLiteral("apigee-virtualhost")}});
        } else if (!versions.contains(text)) {
            add(Severity::Error,
                value.IsNull() ? keySpan(keyNode(host, versionKey)) : spanOf(value), versionPath,
                "tls_version_invalid", {{"key", QString::fromLatin1(versionKey)}, {"value", text}});
        } else {
            chosen[which] = text;
        }
    }
    // AUTO leaves the bound to Envoy: nothing to compare.
    if (!chosen[0].isEmpty() && !chosen[1].isEmpty() && chosen[0] != QLatin1String("AUTO") &&
        chosen[1] != QLatin1String("AUTO") && chosen[0].toDouble() > chosen[1].toDouble())
        add(Severity::Error, spanOf(valueNode(host, "minTLSProtocolVersion")),
            path + QStringLiteral(".minTLSProtocolVersion"), "tls_version_order",
            {{"min", chosen[0]}, {"max", chosen[1]}});
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
    QHash<int, const OverridesVirtualHost *> byIndex;
    for (const OverridesVirtualHost &candidate : std::as_const(m_report.virtualHosts))
        byIndex.insert(candidate.index, &candidate);
    const QSet<QString> known(m_knownRoutes.cbegin(), m_knownRoutes.cend());
    for (int i = 0; i < m_hostNodes.size(); ++i) {
        const auto &[host, path] = m_hostNodes.at(i);
        const OverridesVirtualHost *info = byIndex.value(i);
        if (!info)
            continue;
        const QString name = info->name.isEmpty() ? path : info->name;
        if (!info->additionalGateways.contains(m_wildcard)) {
            const YAML::Node key = keyNode(host, "additionalGateways");
            Span where = key ? keySpan(key) : Span{info->line, info->column, 0};
            if (!key) // on the name key itself, as far as "name" goes
                where.endColumn = info->column > 0 ? info->column + 4 : 0;
            add(Severity::Error, where, path + QStringLiteral(".additionalGateways"),
                "additional_gateway_missing", {{"host", name}, {"route", m_wildcard}});
        }
        if (known.isEmpty())
            continue;
        const YAML::Node list = valueNode(host, "additionalGateways");
        if (!list.IsSequence() || !spend(qint64(list.size()), list))
            continue;
        int item = 0;
        for (const YAML::Node &entry : list) {
            if (entry.IsScalar() && !known.contains(fromStd(entry.Scalar())))
                add(Severity::Warning, spanOf(entry),
                    path + QStringLiteral(".additionalGateways[%1]").arg(item),
                    "unknown_additional_gateway", {{"route", fromStd(entry.Scalar())}});
            ++item;
        }
    }
}

// Where relative certificate paths point. apigeectl runs in the hybrid-files folder
// (the parent of overrides/, with certs/ beside it); Helm reads them inside the
// apigee-virtualhost chart. --chart-dir first when given.
const QStringList &Validator::certificateFolders()
{
    if (m_certificateFolders)
        return *m_certificateFolders;
    QStringList folders;
    if (!m_context.chartDir.isEmpty())
        folders << QDir::cleanPath(m_context.chartDir);
    const QDir here = QFileInfo(m_report.file).absoluteDir();
    const QString parent = QDir::cleanPath(here.absoluteFilePath(QStringLiteral("..")));
    const QStringList apigeectl = here.dirName() == QLatin1String("overrides")
                                      ? QStringList{parent, here.absolutePath()}
                                      : QStringList{here.absolutePath(), parent};
    const QStringList helm{here.absoluteFilePath(QStringLiteral("apigee-virtualhost")),
                           QDir(parent).absoluteFilePath(QStringLiteral("apigee-virtualhost")),
                           here.absolutePath()};
    const bool isHelm = m_report.layout == HybridLayout::Helm;
    folders << (isHelm ? helm : apigeectl);
    // A layout found rather than given: the other's folders too, so that a file found
    // there is never called missing.
    if (!m_report.layoutGiven)
        folders << (isHelm ? apigeectl : helm);
    folders.removeDuplicates();
    m_certificateFolders = folders;
    return *m_certificateFolders;
}

void Validator::checkCertificates(const YAML::Node &host, const QString &path,
                                  const OverridesVirtualHost &info, bool pathsUsed)
{
    const bool ca = bool(keyNode(host, "caCertPath"));
    if (!ca && (!pathsUsed || (!keyNode(host, "sslCertPath") && !keyNode(host, "sslKeyPath"))))
        return; // nothing to read
    const QStringList &folders = certificateFolders();
    auto resolve = [&](QString relative) -> QString {
        if (QDir::isAbsolutePath(relative))
            return QFileInfo(relative).isFile() ? QDir::cleanPath(relative) : QString();
        if (m_report.layout == HybridLayout::Helm && relative.startsWith(QLatin1String("./")))
            relative = relative.mid(2); // the chart strips it
        for (const QString &folder : folders) {
            const QString candidate = QDir(folder).filePath(relative);
            if (QFileInfo(candidate).isFile())
                return QDir::cleanPath(candidate);
        }
        return {};
    };
    const QString searched = folders.join(QStringLiteral(", "));
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
    const YAML::Node certValue = valueNode(host, "sslCertPath");
    const YAML::Node keyValue = valueNode(host, "sslKeyPath");
    QString certFile;
    QString keyFile;
    if (pathsUsed && keyNode(host, "sslCertPath") && certValue.IsScalar()) {
        certFile = resolve(fromStd(certValue.Scalar()));
        if (certFile.isEmpty())
            add(Severity::Error, spanOf(certValue), path + QStringLiteral(".sslCertPath"),
                "certificate_unreadable",
                {{"file", fromStd(certValue.Scalar())}, {"tried", searched}});
    }
    if (pathsUsed && keyNode(host, "sslKeyPath") && keyValue.IsScalar()) {
        keyFile = resolve(fromStd(keyValue.Scalar()));
        if (keyFile.isEmpty())
            add(Severity::Error, spanOf(keyValue), path + QStringLiteral(".sslKeyPath"),
                "key_unreadable", {{"file", fromStd(keyValue.Scalar())}, {"tried", searched}});
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
        const QString caFile = resolve(fromStd(ca.Scalar()));
        const QString caPath = path + QStringLiteral(".caCertPath");
        if (caFile.isEmpty()) {
            add(Severity::Error, spanOf(ca), caPath, "certificate_unreadable",
                {{"file", fromStd(ca.Scalar())}, {"tried", searched}});
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
