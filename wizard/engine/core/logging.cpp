#include "core/logging.h"

#include <cstring>

namespace SniDoctor {

// Debug and info are off unless QT_LOGGING_RULES turns them on: the command line's
// output and the GUI stay quiet.
Q_LOGGING_CATEGORY(logAccessLog, "sni.accesslog", QtWarningMsg)
Q_LOGGING_CATEGORY(logBundle, "sni.bundle", QtWarningMsg)
Q_LOGGING_CATEGORY(logCapture, "sni.capture", QtWarningMsg)
Q_LOGGING_CATEGORY(logCluster, "sni.cluster", QtWarningMsg)
Q_LOGGING_CATEGORY(logDiagnosis, "sni.diagnosis", QtWarningMsg)
Q_LOGGING_CATEGORY(logLab, "sni.lab", QtWarningMsg)
Q_LOGGING_CATEGORY(logOverrides, "sni.overrides", QtWarningMsg)
Q_LOGGING_CATEGORY(logProbe, "sni.probe", QtWarningMsg)
Q_LOGGING_CATEGORY(logReview, "sni.review", QtWarningMsg)
Q_LOGGING_CATEGORY(logSession, "sni.session", QtWarningMsg)

bool passesMessageFilter(QtMsgType type, const char *category)
{
    if (type == QtFatalMsg)
        return true;
    return category && std::strncmp(category, "sni.", 4) == 0;
}

namespace {

QtMessageHandler previousHandler = nullptr;

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (passesMessageFilter(type, context.category) && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void installMessageFilter()
{
    if (!qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") ||
        qEnvironmentVariableIntValue("SNI_DOCTOR_QT_MESSAGES") == 1)
        return;
    previousHandler = qInstallMessageHandler(filterMessage);
}

} // namespace SniDoctor
