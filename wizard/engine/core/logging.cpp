#include "core/logging.h"

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

} // namespace SniDoctor
