#include "accesslogtext.h"

#include "accesslog/accessloganalyzer.h"

#include <QDateTime>

namespace SniDoctor {

QString logTimeIso(qint64 msSinceEpoch)
{
    if (msSinceEpoch < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString AccessLogText::time(qint64 msSinceEpoch)
{
    return msSinceEpoch < 0 ? tr("unknown") : logTimeIso(msSinceEpoch);
}

QString AccessLogText::className(LogClass logClass)
{
    switch (logClass) {
    case LogClass::NonSniRefused:
        return tr("Refused: no SNI");
    case LogClass::UnknownSniRefused:
        return tr("Refused: unknown SNI");
    case LogClass::Ok:
        return tr("Served");
    case LogClass::OtherError:
        return tr("Other error");
    }
    return {};
}

QString AccessLogText::reason(const QString &reasonId)
{
    if (reasonId == QLatin1String("not_json"))
        return tr("not a JSON object (start-up text or a stack trace)");
    if (reasonId == QLatin1String("truncated"))
        return tr("the JSON object is cut short");
    if (reasonId == QLatin1String("bad_json"))
        return tr("a JSON syntax error");
    if (reasonId == QLatin1String("not_access_log"))
        return tr("JSON, but not an access-log record");
    if (reasonId == QLatin1String("too_long"))
        return tr("a line longer than 1 MiB");
    return reasonId;
}

QString AccessLogText::title(const Finding &finding)
{
    const QString &id = finding.id;
    if (id == QLatin1String("log_non_sni_refused"))
        return tr("Clients without SNI are being refused");
    if (id == QLatin1String("log_unknown_sni_refused"))
        return tr("Clients send host names that no route serves");
    if (id == QLatin1String("log_no_evidence"))
        return tr("No refused connections in these logs");
    if (id == QLatin1String("log_no_records"))
        return tr("No access-log records found");
    if (id == QLatin1String("log_unparsed_lines"))
        return tr("Some lines are not access-log records");
    if (id == QLatin1String("log_input_incomplete"))
        return tr("A file could not be read to its end");
    return {};
}

QString AccessLogText::detail(const Finding &finding)
{
    const QString &id = finding.id;
    const Args &a = finding.args;
    if (id == QLatin1String("log_non_sni_refused")) {
        return tr("%n connection(s) arrived without SNI and found no filter chain "
                  "(\"sni_host\": null, \"status_details\": \"filter_chain_not_found\", flag NR): "
                  "the "
                  "ingress reset them.",
                  nullptr, a.value("count").toInt()) +
               QLatin1Char(' ') +
               tr("%n client address(es), most refused first: %1. From %2 to %3.", nullptr,
                  a.value("client_count").toInt())
                   .arg(a.value("clients"), time(a.value("first").toLongLong()),
                        time(a.value("last").toLongLong()));
    }
    if (id == QLatin1String("log_unknown_sni_refused")) {
        return tr("%n connection(s) sent an SNI that no filter chain serves: %1. This is not the "
                  "non-SNI problem: compare these names with the hostnames of your environment "
                  "groups.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("names"));
    }
    if (id == QLatin1String("log_no_evidence")) {
        return tr("%n record(s) from %1 to %2, and none was refused for lack of SNI or for an "
                  "unknown name.",
                  nullptr, a.value("count").toInt())
            .arg(time(a.value("first").toLongLong()), time(a.value("last").toLongLong()));
    }
    if (id == QLatin1String("log_no_records")) {
        return tr("None of the %n line(s) of %1 is an ingress access-log record. Fetch the log of "
                  "an apigee-ingressgateway pod (kubectl -n apigee logs POD).",
                  nullptr, a.value("lines").toInt())
            .arg(a.value("inputs"));
    }
    if (id == QLatin1String("log_unparsed_lines")) {
        return tr("%1 of %2 lines could not be read as access-log records and were skipped; the "
                  "first is %3 line %4, byte %5: %6.")
            .arg(a.value("unparsed"), a.value("lines"), a.value("input"), a.value("line"),
                 a.value("column"), reason(a.value("reason")));
    }
    if (id == QLatin1String("log_input_incomplete")) {
        return tr("%1 stopped after %2 bytes (%3); the lines before were analyzed.")
            .arg(a.value("input"), a.value("offset"), a.value("reason"));
    }
    return {};
}

QString AccessLogText::verdict(const AccessLogSummary &summary)
{
    if (summary.canceled)
        return tr("The analysis was canceled: the figures cover only what was read.");
    const Finding *lead = leadingFinding(summary.findings);
    if (!lead)
        return tr("Nothing to analyze: the input is empty.");
    if (lead->id == QLatin1String("log_non_sni_refused")) {
        return tr("Clients without SNI are being refused: %n connection(s) reset for lack of a "
                  "filter chain.",
                  nullptr, int(summary.count(LogClass::NonSniRefused)));
    }
    return title(*lead) + QLatin1Char('.');
}

QString AccessLogText::nextStep(const AccessLogSummary &summary)
{
    const Finding *lead = leadingFinding(summary.findings);
    if (!lead)
        return {};
    if (lead->id == QLatin1String("log_non_sni_refused"))
        return tr("Confirm it with the probe (step 4), then check the Apigee routes (step 5) for a "
                  "wildcard route with enableNonSniClient: true.");
    if (lead->id == QLatin1String("log_unknown_sni_refused"))
        return tr("Compare the names with the environment groups' hostnames (step 5); clients "
                  "without SNI are a different problem.");
    if (lead->id == QLatin1String("log_no_evidence"))
        return tr(
            "If a client is still reset, its connections may reach another ingress pod: "
            "fetch the logs of every apigee-ingressgateway pod, or probe the endpoint (step 4).");
    return tr(
        "Fetch the log of an apigee-ingressgateway pod with the commands above and import it.");
}

namespace {

QString accessLogErrorId(int)
{
    return QStringLiteral("log_unreadable");
}

QString accessLogErrorMessage(const Error &error)
{
    const Args &a = error.args();
    QString reason = a.value("reason");
    switch (AccessLogError(error.code())) {
    case AccessLogError::NoSuchFile:
        reason = QCoreApplication::translate("SniDoctor::AccessLog", "no such file");
        break;
    case AccessLogError::IsFolder:
        reason = QCoreApplication::translate("SniDoctor::AccessLog", "it is a folder");
        break;
    case AccessLogError::PermissionDenied:
        reason = QCoreApplication::translate("SniDoctor::AccessLog", "permission denied");
        break;
    case AccessLogError::Unreadable:
        break;
    }
    return QCoreApplication::translate("SniDoctor::AccessLog", "Cannot read %1: %2")
        .arg(a.value("file"), reason);
}

} // namespace

const ErrorDomain &errorDomain(AccessLogError)
{
    static const ErrorDomain domain{"accesslog", accessLogErrorId, accessLogErrorMessage};
    return domain;
}

} // namespace SniDoctor
