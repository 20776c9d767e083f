#pragma once

// One logging category per engine module, all off below warnings by default. To see
// what a module does (requests, files recognised, counts; never a secret):
//   QT_LOGGING_RULES="sni.*.debug=true" sni-doctor ...
// or one module: QT_LOGGING_RULES="sni.cluster.debug=true".

#include <QLoggingCategory>

namespace SniDoctor {

Q_DECLARE_LOGGING_CATEGORY(logAccessLog) // sni.accesslog
Q_DECLARE_LOGGING_CATEGORY(logBundle)    // sni.bundle
Q_DECLARE_LOGGING_CATEGORY(logCapture)   // sni.capture
Q_DECLARE_LOGGING_CATEGORY(logCluster)   // sni.cluster
Q_DECLARE_LOGGING_CATEGORY(logDiagnosis) // sni.diagnosis
Q_DECLARE_LOGGING_CATEGORY(logLab)       // sni.lab
Q_DECLARE_LOGGING_CATEGORY(logOverrides) // sni.overrides
Q_DECLARE_LOGGING_CATEGORY(logProbe)     // sni.probe
Q_DECLARE_LOGGING_CATEGORY(logReview)    // sni.review
Q_DECLARE_LOGGING_CATEGORY(logSession)   // sni.session

} // namespace SniDoctor
