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

// Keeps Qt's own messages ("qt.network.http2: stream 1 finished with error", a
// QSslSocket or platform plugin notice) from the user's terminal: they are words of
// a library, not of SNI Doctor, and its errors already say what failed. Messages of
// the sni.* categories and fatal ones pass; with QT_LOGGING_RULES or
// SNI_DOCTOR_QT_MESSAGES=1 set, everything passes (for a developer). Call first in main.
void installMessageFilter();

// Whether the filter lets a message through (pure, for tests).
[[nodiscard]] bool passesMessageFilter(QtMsgType type, const char *category);

} // namespace SniDoctor
