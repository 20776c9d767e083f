#pragma once

#include "case/casedata.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace SniDoctor {

// A case saved as one JSON file (*.sni-doctor.json): every step's result with where it
// came from and when, the endpoint, the cluster, the fix options and the notes. It
// reopens on any machine with the same results: nothing is run again.
inline constexpr char kSessionFormat[] = "sni-doctor-session";
inline constexpr int kSessionVersion = 1;

enum class SessionError
{
    Syntax,      // session_invalid {file, line, reason}
    WrongFormat, // session_invalid {file}
    Newer,       // session_invalid {file, version}
    BadSection,  // session_invalid {file, step}
    TooLarge,    // session_invalid {file}
    Unreadable,  // session_unreadable {file, reason}
    Unwritable,  // session_unwritable {file, reason}
};
[[nodiscard]] const ErrorDomain &errorDomain(SessionError);

[[nodiscard]] QByteArray sessionToJson(const CaseData &data);
// An Error names the file and what was expected.
[[nodiscard]] Result<CaseData> sessionFromJson(const QByteArray &json, const QString &fileName);
// The same for a document already parsed (review's recognition parsed it).
[[nodiscard]] Result<CaseData> sessionFromJsonObject(const QJsonObject &json,
                                                     const QString &fileName);
// True when the object is a saved session (for review's recognition).
[[nodiscard]] bool isSessionJson(const QJsonObject &json);

// Writes the session to path through a temporary file in the same folder, renamed at
// the end: the old file or the new, never half of one.
[[nodiscard]] Result<> saveSession(const QString &path, const CaseData &data);
[[nodiscard]] Result<CaseData> loadSession(const QString &path);

} // namespace SniDoctor
