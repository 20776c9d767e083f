#pragma once

#include "cluster/ingresspods.h"
#include "core/result.h"
#include "core/taskcontrol.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// One thing redacted: where and what kind, never the secret itself.
struct Redaction
{
    QString file;
    int line = 0; // 1-based
    QString kind; // private_key, token, password, client_key, authorization, encryption_key,
                  // hash_salt, service_account_key
};

// Replaces every secret in a text file with a marker, keeping the lines (a PEM private
// key keeps its BEGIN/END lines and loses its body), and records each redaction. Knows
// PEM private keys, YAML/JSON keys that hold secrets (token, password, client-key-data,
// *EncryptionKey, axHashSalt, private_key of service-account JSON), and Authorization
// headers. Certificates stay: they are public.
[[nodiscard]] QByteArray redactSecrets(const QByteArray &text, const QString &file,
                                       QList<Redaction> &redactions);

// What support asks for (runbook's end), from whatever the session holds.
struct BundleInput
{
    DiagnosisInput evidence;
    QByteArray overridesText; // as validated; empty when step 6 was not run
    std::optional<QList<IngressPod>> pods;
    std::optional<Remediation> remediation;
    QStringList environmentGroups;
    QStringList logFiles; // the full logs, when the user asks for them
    QString captureFile;  // the capture itself, when the user asks for it
    QString notes;        // the user's own words for support
};

// A file of the bundle, known before export so the user can see and choose.
struct BundleFile
{
    QString name; // path inside the archive
    QByteArray data;
    QString sourcePath; // instead of data: a file read at export (full logs, the capture)
    qint64 size = 0;
    bool optional = false; // the user may leave it out
    bool included = true;
};

// The files of the bundle, redacted, in a deterministic order (manifest.json and
// redactions.json are added at export). report.md and report.html are in the current
// language.
[[nodiscard]] QList<BundleFile> bundleFiles(const BundleInput &input, QList<Redaction> &redactions);

struct BundleResult
{
    QString path;
    qint64 bytes = 0;
    int files = 0;
    QList<Redaction> redactions;
};

enum class BundleFormat
{
    Zip,
    TarGz
};

// Writes the included files plus manifest.json (tool version, creation time, host OS,
// steps run, and each file's size and SHA-256) and redactions.json to path: to a
// temporary file in the same folder, renamed at the end; an existing file is replaced
// only when overwrite is true; a failure or a cancel leaves no file behind.
[[nodiscard]] Result<BundleResult> writeBundle(const QString &path, const QList<BundleFile> &files,
                                               const QList<Redaction> &redactions,
                                               const QStringList &stepsRun, BundleFormat format,
                                               bool overwrite, TaskControl &control);

} // namespace SniDoctor
