#pragma once

#include "bundle/bundlecontent.h"
#include "case/casedata.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace SniDoctor {

// One thing redacted: where and what kind, never the secret itself.
struct Redaction
{
    QString file;
    int line = 0;    // 1-based
    QString kind;    // the rule: private_key, token, password, client_key, authorization,
                     // encryption_key, hash_salt, service_account_key, api_key, cookie, secret,
                     // kubernetes_secret, url_password, query_secret, jwt
    int removed = 0; // characters removed
};

// The rule a key's value falls under when the key is named like a secret (password,
// token, apiKey, client_secret, DB_PASSWORD, hashSalt, ... in any case and spelling);
// empty for any other key, and for keys that name a secret rather than hold one
// (sslSecret, credentialName, tokenFile, ...).
[[nodiscard]] QString secretKeyKind(QStringView key);

// redactSecrets for one string (a name, a line of the report).
[[nodiscard]] QString redactText(const QString &text, const QString &file,
                                 QList<Redaction> &redactions);

// Replaces every secret in a text file with a marker, keeping the lines (a PEM private
// key keeps its BEGIN/END lines and loses its body), and records each redaction. Knows
// PEM private keys, YAML/JSON keys that hold secrets (token, password, client-key-data,
// *EncryptionKey, axHashSalt, private_key of service-account JSON), and Authorization
// headers. Certificates stay: they are public.
[[nodiscard]] QByteArray redactSecrets(const QByteArray &text, const QString &file,
                                       QList<Redaction> &redactions);

enum class BundleError
{
    Exists,           // bundle_exists {file}
    Write,            // bundle_write {file, reason}
    SourceUnreadable, // bundle_write {file, source, reason}
    Canceled,         // bundle_canceled
};
[[nodiscard]] const ErrorDomain &errorDomain(BundleError);

// What support asks for (the runbook's end), from the case as it is now: report.md and
// report.html (in the current language), diagnosis.json, the fix, each step's files
// (its analysis, kubectl-like tables), the environment groups (the case's, else the
// virtual hosts') and the notes; every text redacted. The user's own files (full logs,
// the capture) are listed as optional and left out; include them by setting included.
// Sorted by name. Reads no file: cheap enough for the GUI thread.
[[nodiscard]] QList<BundleFile> bundleFiles(const CaseData &data, QList<Redaction> &redactions);

// The verdict on one printed page, for the support case: the verdict, its confidence and
// evidence, what the fix changes, each step's result and where it came from, the steps
// not collected with the commands to ask for, and the notes; every text redacted.
// Reads no file.
[[nodiscard]] QList<ReportBlock> verdictSheet(const CaseData &data);

struct BundleResult
{
    QString path;
    qint64 bytes = 0;
    int files = 0;
    QList<Redaction> redactions;
    QList<std::pair<QString, qint64>> entries; // name and size of each file written, in order
};

// A user's text file as the bundle takes it: its first max bytes, decompressed first
// when it is gzip, bzip2, xz or zstd (cut at a line's end past max). why is set when it
// cannot be decompressed.
[[nodiscard]] QByteArray sourceText(QFile &source, qint64 max, QString *why);

enum class BundleFormat
{
    Zip,
    TarGz
};

// Writes the included files plus manifest.json (tool version, creation time, host OS,
// steps run, and each file's size and SHA-256) and redactions.json to path: to a
// temporary file in the same folder, renamed at the end; an existing file is replaced
// only when overwrite is true; a failure or a cancel leaves no file behind. The user's
// text files are read and redacted here (their redactions join the list). Blocking:
// call from a worker thread.
[[nodiscard]] Result<BundleResult> writeBundle(const QString &path, const QList<BundleFile> &files,
                                               const QList<Redaction> &redactions,
                                               const QList<Step> &stepsRun, BundleFormat format,
                                               bool overwrite, TaskControl &control);

} // namespace SniDoctor
