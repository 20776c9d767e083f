#include "core/yamlmessage.h"
#include "overridesvalidator.h"

#include <QCoreApplication>

namespace SniDoctor {

// The sentences of the validator, under the translation context SniDoctor::OverridesText.
class OverridesText
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::OverridesText)

public:
    static QString typeName(const QString &type);
    static QString sensitiveKind(const QString &kind);
    static QString message(const QString &code, const Args &a);
    static QString syntax(const Args &a);
    static QString version(const Args &a);
};

QString OverridesText::typeName(const QString &type)
{
    if (type == QLatin1String("string"))
        return tr("a string");
    if (type == QLatin1String("list"))
        return tr("a list");
    if (type == QLatin1String("map"))
        return tr("a map");
    if (type == QLatin1String("boolean"))
        return tr("a boolean (true/false, yes/no, on/off)");
    if (type == QLatin1String("null"))
        return tr("empty (null)");
    if (type == QLatin1String("number"))
        return tr("a number");
    return type;
}

// A YAML syntax error in an admin's words; the parser's own text last, for support.
QString OverridesText::syntax(const Args &a)
{
    const QString kind = a.value("kind");
    QString what;
    if (kind == QLatin1String("unterminated_quote"))
        what = tr("the quoted text that starts here is not closed on its line, so YAML reads on "
                  "to line %1 and fails there. Add the closing quote.")
                   .arg(a.value("error_line"));
    else if (kind == QLatin1String("map_value"))
        what = tr("a value where YAML expects none: a second \"key: value\" on one line, a value "
                  "after a colon without a space, or a line indented further than its key.");
    else if (kind == QLatin1String("indentation"))
        what = tr("the indentation does not match: this line is indented like no key above it. "
                  "Indent it as far as its siblings, with spaces.");
    else if (kind == QLatin1String("flow_unclosed"))
        what = tr("a [ or { opened above is not closed before this point. Close it, or write the "
                  "list one entry per line.");
    else if (kind == QLatin1String("unknown_token"))
        what = tr("a character YAML reserves (%, @ or `) starts a value. Put the value in "
                  "quotes.");
    else if (kind == QLatin1String("sequence_here"))
        what = tr("a list entry (- ...) where a key is expected: indent the list under its key, "
                  "or remove the value written after that key.");
    else if (kind == QLatin1String("escape"))
        what = tr("an unknown backslash escape inside double quotes (a Windows path?). Use "
                  "single quotes or forward slashes.");
    else if (kind == QLatin1String("anchor"))
        what = tr("an anchor (&name) or alias (*name) that is malformed or refers to no anchor "
                  "above it.");
    else if (kind == QLatin1String("key_here"))
        what = tr("a key where a value is expected: check the indentation and the colons above.");
    else if (kind == QLatin1String("document_start"))
        what = tr("a stray character where YAML expects a key (a leftover comma or bracket?).");
    else
        what = tr("the text is not valid YAML here.");
    return tr("YAML syntax error: %1 Helm and apigeectl refuse the file. (Parser: %2.)")
        .arg(what, yamlMessageText(a.value("error")));
}

// Which hybrid release the file was checked as, and why.
QString OverridesText::version(const Args &a)
{
    const QString layout = a.value("layout") == QLatin1String("helm") ? QStringLiteral("Helm")
                                                                      : QStringLiteral("apigeectl");
    if (a.value("given") == QLatin1String("yes"))
        return tr("Checked as Apigee hybrid %1 with %2, as chosen.")
            .arg(a.value("version"), layout);
    QString range = a.value("low") == a.value("high")
                        ? tr("only %1 reads all of its keys").arg(a.value("version"))
                        : tr("releases %1 to %2 read all of its keys, %2 is the newest")
                              .arg(a.value("low"), a.value("high"));
    QStringList why{range};
    if (!a.value("key").isEmpty())
        why << tr("%1 needs %2 or later").arg(a.value("key"), a.value("key_since"));
    const QString bound = a.value("bound");
    if (bound == QLatin1String("removed"))
        why << tr("%1 is not read after it").arg(a.value("bound_key"));
    else if (bound == QLatin1String("needs"))
        why << tr("later releases need %1, which the file lacks").arg(a.value("bound_key"));
    else if (bound == QLatin1String("mesh"))
        why << tr("its selector names the Anthos Service Mesh gateway, used up to 1.8");
    return tr("Checked as Apigee hybrid %1 with %2: %3. Choose the release if this is wrong.")
        .arg(a.value("version"), layout, why.join(QStringLiteral("; ")));
}

QString OverridesText::sensitiveKind(const QString &kind)
{
    if (kind == QLatin1String("private_key"))
        return tr("a private key");
    if (kind == QLatin1String("encryption_key"))
        return tr("an encryption key");
    if (kind == QLatin1String("password"))
        return tr("a password");
    if (kind == QLatin1String("hash_salt"))
        return tr("a hash salt");
    return kind;
}

QString OverridesText::message(const QString &code, const Args &a)
{
    if (code == QLatin1String("file_too_large"))
        return tr("The file has %1 bytes; an overrides.yaml is far smaller (at most %2 are read). "
                  "Is this the right "
                  "file?")
            .arg(a.value("size"), a.value("limit"));
    if (code == QLatin1String("not_text"))
        return tr("The file holds binary data (a NUL byte on this line), not YAML text.");
    if (code == QLatin1String("too_deep"))
        return tr("Nested deeper than %1 levels: no overrides.yaml is; the file is damaged or not "
                  "an overrides file.")
            .arg(a.value("depth"));
    if (code == QLatin1String("too_many_nodes"))
        return tr("The document expands to more than %1 values (aliases repeated inside aliases?): "
                  "not read further.")
            .arg(a.value("limit"));
    if (code == QLatin1String("too_many_problems"))
        return tr("More than %1 problems: the rest is not listed. Is this an overrides.yaml?")
            .arg(a.value("limit"));
    if (code == QLatin1String("tab_indentation"))
        return tr("A tab indents this line: YAML allows only spaces for indentation. Replace the "
                  "tab with spaces.");
    if (code == QLatin1String("yaml_syntax"))
        return syntax(a);
    if (code == QLatin1String("not_utf8"))
        return tr("The byte %1 here is not UTF-8 (the file was saved as Latin-1 or Windows-1252?): "
                  "Helm reads values files as UTF-8. Save the file as UTF-8.")
            .arg(a.value("byte"));
    if (code == QLatin1String("template_placeholder"))
        return tr("Template placeholder not filled in: %1. Helm reads the file as it is, so this "
                  "text (or an unquoted map) reaches the charts. Put the real value here.")
            .arg(a.value("text"));
    if (code == QLatin1String("first_document_empty"))
        return tr("The first YAML document is empty: Helm reads only the first, so it sees no "
                  "values at all. Remove the --- on line %1 (and what comes before it).")
            .arg(a.value("line"));
    if (code == QLatin1String("hybrid_version"))
        return version(a);
    if (code == QLatin1String("unterminated_quote"))
        return tr("This quoted string is never closed: it runs to the end of the file. Add the "
                  "closing quote.");
    if (code == QLatin1String("empty_file"))
        return tr("The file holds no YAML document.");
    if (code == QLatin1String("multiple_documents"))
        return tr("The file holds %1 YAML documents (separated by ---): Helm and apigeectl read "
                  "only the first, and ignore the rest without a word. Keep one document.")
            .arg(a.value("count"));
    if (code == QLatin1String("not_a_map"))
        return tr("The document is not a map of keys (org, instanceID, virtualhosts, ...).");
    if (code == QLatin1String("duplicate_key"))
        return tr("The key %1 is set twice (lines %2 and %3): Helm uses the last one, on line %3, "
                  "and ignores the first. Keep one.")
            .arg(a.value("key"), a.value("first_line"), a.value("line"));
    if (code == QLatin1String("missing_key")) {
        if (a.value("parent").isEmpty())
            return tr("The required key %1 is missing.").arg(a.value("key"));
        return tr("The required key %1 is missing in %2.").arg(a.value("key"), a.value("parent"));
    }
    if (code == QLatin1String("wrong_type"))
        return tr("%1 must be %2, but it is %3.")
            .arg(a.value("key"), typeName(a.value("expected")), typeName(a.value("actual")));
    if (code == QLatin1String("unknown_key")) {
        if (!a.value("suggestion").isEmpty())
            return tr("Unknown key %1: did you mean %2?")
                .arg(a.value("key"), a.value("suggestion"));
        return tr("Unknown key %1: no Apigee hybrid release reads it, so it is ignored. Check the "
                  "spelling and where it is indented.")
            .arg(a.value("key"));
    }
    if (code == QLatin1String("unlisted_key"))
        return tr("%1 is not in SNI Doctor's table of hybrid %2 keys (that release's table is "
                  "incomplete): check it against Apigee's reference for %2.")
            .arg(a.value("key"), a.value("version"));
    if (code == QLatin1String("key_too_new"))
        return tr("%1 is new in hybrid %2: hybrid %3 ignores it. Choose the release this file is "
                  "for, or remove the key.")
            .arg(a.value("key"), a.value("since"), a.value("version"));
    if (code == QLatin1String("obsolete_key"))
        return tr("%1 was last read by hybrid %2 and is ignored by %3: remove it.")
            .arg(a.value("key"), a.value("until"), a.value("version"));
    if (code == QLatin1String("deprecated_key"))
        return tr("%1 is deprecated: Apigee reads %2 instead.")
            .arg(a.value("key"), a.value("replacement"));
    if (code == QLatin1String("selector_default"))
        return tr("The virtual host %1 has no selector: hybrid %2 gives it %3 (the Anthos Service "
                  "Mesh gateway). From 1.8 on, name the Apigee ingress gateway.")
            .arg(a.value("host"), a.value("version"), a.value("default"));
    if (code == QLatin1String("instance_id_too_long"))
        return tr("instanceID has %1 characters; at most 63 are allowed.").arg(a.value("length"));
    if (code == QLatin1String("invalid_ingress_gateway_name"))
        return tr("The ingress gateway name %1 is not allowed: at most 17 lowercase letters, "
                  "digits, '-' or '.'.")
            .arg(a.value("name"));
    if (code == QLatin1String("no_virtualhosts"))
        return tr("virtualhosts is empty: each environment group needs an entry.");
    if (code == QLatin1String("duplicate_virtualhost_name"))
        return tr("Another virtual host is already named %1: each environment group appears once.")
            .arg(a.value("name"));
    if (code == QLatin1String("unknown_ingress_name")) {
        if (a.value("gateways").isEmpty())
            return tr("selector.ingress_name is %1, but ingressGateways names no gateway.")
                .arg(a.value("name"));
        return tr("selector.ingress_name is %1, but ingressGateways has only: %2.")
            .arg(a.value("name"), a.value("gateways"));
    }
    if (code == QLatin1String("tls_credentials_missing"))
        return tr("The virtual host %1 has no TLS credentials: give sslCertPath and sslKeyPath, or "
                  "sslSecret.")
            .arg(a.value("host"));
    if (code == QLatin1String("tls_paths_ignored"))
        return tr("The virtual host %1 has sslSecret, so the chart uses the Secret %2 and ignores "
                  "sslCertPath and sslKeyPath: remove them, or remove sslSecret.")
            .arg(a.value("host"), a.value("secret"));
    if (code == QLatin1String("tls_pair_incomplete"))
        return tr("%1 is given without %2: both are needed.")
            .arg(a.value("key"), a.value("missing"));
    if (code == QLatin1String("tls_version_invalid"))
        return tr("%1 is \"%2\"; it must be \"AUTO\", \"1.0\", \"1.1\", \"1.2\" or \"1.3\" "
                  "(in capitals for AUTO).")
            .arg(a.value("key"), a.value("value"));
    if (code == QLatin1String("tls_version_unquoted"))
        return tr("%1: %2 without quotes is a number, and the %3 chart's template fails on it "
                  "(\"supported tls protocol are: AUTO, 1.0, 1.1, 1.2 and 1.3\"). Write \"%2\".")
            .arg(a.value("key"), a.value("value"), a.value("template"));
    if (code == QLatin1String("tls_version_order"))
        return tr("minTLSProtocolVersion %1 is above maxTLSProtocolVersion %2: the chart refuses "
                  "it. Swap them.")
            .arg(a.value("min"), a.value("max"));
    if (code == QLatin1String("request_timeout_invalid"))
        return tr("%1 must be a whole number of seconds, at least 1 (it is \"%2\").")
            .arg(a.value("key").isEmpty() ? QStringLiteral("requestTimeout") : a.value("key"),
                 a.value("value"));
    if (code == QLatin1String("tls_mode_invalid"))
        return tr("tlsMode must be SIMPLE or MUTUAL (it is \"%1\").").arg(a.value("value"));
    if (code == QLatin1String("wildcard_route_unknown"))
        return tr("No wildcard route is known, so additionalGateways cannot be checked: connect to "
                  "the cluster in "
                  "step 5, load its saved routes, or name the route (--wildcard-route).");
    if (code == QLatin1String("wildcard_route_absent"))
        return tr("The routes have no wildcard route yet, so additionalGateways cannot name it: "
                  "create the route "
                  "first (step 5 says how), then add it here.");
    if (code == QLatin1String("additional_gateway_missing"))
        return tr("The virtual host %1 does not list the wildcard route %2 in additionalGateways: "
                  "clients without "
                  "SNI are reset. Add %2 to additionalGateways.")
            .arg(a.value("host"), a.value("route"));
    if (code == QLatin1String("unknown_additional_gateway"))
        return tr("No ApigeeRoute named %1 is known: check the name.").arg(a.value("route"));
    if (code == QLatin1String("sensitive_value"))
        return tr("This holds %1: SNI Doctor redacts it from every bundle and report.")
            .arg(sensitiveKind(a.value("kind")));
    if (code == QLatin1String("certificate_unreadable"))
        return tr("The certificate file %1 is not found (folders searched: %2).")
            .arg(a.value("file"), a.value("tried"));
    if (code == QLatin1String("key_unreadable"))
        return tr("The key file %1 is not found (folders searched: %2).")
            .arg(a.value("file"), a.value("tried"));
    if (code == QLatin1String("certificate_invalid_pem"))
        return tr("%1 holds no PEM certificate.").arg(a.value("file"));
    if (code == QLatin1String("key_invalid_pem"))
        return tr("%1 holds no PEM private key that OpenSSL can read.").arg(a.value("file"));
    if (code == QLatin1String("key_encrypted"))
        return tr("The private key in %1 is encrypted with a passphrase: the ingress cannot use "
                  "it.")
            .arg(a.value("file"));
    if (code == QLatin1String("key_mismatch"))
        return tr("The private key in %1 does not belong to the certificate %2.")
            .arg(a.value("key_file"), a.value("certificate"));
    if (code == QLatin1String("certificate_expired"))
        return tr("The certificate %1 expired on %2.").arg(a.value("certificate"), a.value("date"));
    if (code == QLatin1String("certificate_not_yet_valid"))
        return tr("The certificate %1 is valid only from %2.")
            .arg(a.value("certificate"), a.value("date"));
    if (code == QLatin1String("certificate_expiring"))
        return tr("The certificate %1 expires on %2, in %3 days: renew it.")
            .arg(a.value("certificate"), a.value("date"), a.value("days"));
    if (code == QLatin1String("chain_out_of_order"))
        return tr("The chain is out of order: certificate %1 (%2) is not issued by certificate %3 "
                  "(%4). Put the "
                  "server's certificate first, then each issuer.")
            .arg(a.value("index"), a.value("subject"), a.value("issuer_index"), a.value("issuer"));
    if (code == QLatin1String("certificate_sans_missing"))
        return tr("The certificate does not cover %1 (its names: %2): clients of those hosts get a "
                  "name mismatch.")
            .arg(a.value("hosts"), a.value("names"));
    if (code == QLatin1String("certificate_info"))
        return tr("Certificate %1, names %2, valid from %3 until %4.")
            .arg(a.value("subject"), a.value("names"), a.value("from"), a.value("until"));
    return code;
}

QString overridesMessage(const OverridesDiagnostic &diagnostic)
{
    return OverridesText::message(diagnostic.code, diagnostic.args);
}

QString overridesMessage(const QString &code, const Args &args)
{
    return OverridesText::message(code, args);
}

QString overridesVerdict(const OverridesReport &report, bool wildcardKnown)
{
    const int errors = report.count(Severity::Error);
    const int warnings = report.count(Severity::Warning);
    if (errors > 0)
        return OverridesText::tr("%n error(s) to fix in this file.", nullptr, errors);
    if (warnings > 0)
        return OverridesText::tr("No errors; %n warning(s) to look at.", nullptr, warnings);
    if (!wildcardKnown)
        return OverridesText::tr("No errors, but the wildcard route is not known: name it above "
                                 "to check additionalGateways.");
    return OverridesText::tr("The file is valid and every virtual host lists the wildcard route.");
}

} // namespace SniDoctor
