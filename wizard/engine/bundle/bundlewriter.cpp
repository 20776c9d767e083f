#include "bundle/bundle.h"

#include "capture/capturereduce.h"
#include "core/decompress.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <unistd.h>

namespace SniDoctor {

namespace {

constexpr qint64 kMaxTextSourceBytes = qint64(512) << 20;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

} // namespace

QByteArray sourceText(QFile &source, qint64 max, QString *why)
{
    QByteArray text = source.read(max);
    if (!isCompressedHead(text.left(64)))
        return text;
    // A compressed log: its text is what is redacted and written (redaction cannot
    // see into compressed bytes).
    CompressedStream stream;
    if (!stream.openMemory(text.constData(), text.size())) {
        *why = stream.errorString();
        return {};
    }
    QByteArray plain;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 got = 0;
    while ((got = stream.read(buffer.data(), buffer.size())) > 0 && plain.size() <= max)
        plain.append(buffer.constData(), got);
    if (plain.size() > max) {
        plain.truncate(max);
        plain.truncate(plain.lastIndexOf('\n') + 1);
    }
    return plain;
}

Result<BundleResult> writeBundle(const QString &path, const QList<BundleFile> &files,
                                 const QList<Redaction> &redactionsSoFar,
                                 const QList<Step> &stepsRun, BundleFormat format, bool overwrite,
                                 TaskControl &control)
{
    auto failure = [&path](const QString &why) {
        return Error(BundleError::Write, {{"file", path}, {"reason", why}});
    };
    if (QFileInfo::exists(path) && !overwrite)
        return Error(BundleError::Exists, {{"file", path}});
    QList<Redaction> redactions = redactionsSoFar;
    QTemporaryFile temporary(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral(".sni-doctor-bundle-XXXXXX")));
    if (!temporary.open())
        return failure(temporary.errorString());
    std::unique_ptr<archive, ArchiveDeleter> writer(archive_write_new());
    if (format == BundleFormat::Zip) {
        archive_write_set_format_zip(writer.get());
    } else {
        archive_write_set_format_pax_restricted(writer.get());
        archive_write_add_filter_gzip(writer.get());
    }
    if (archive_write_open_fd(writer.get(), temporary.handle()) != ARCHIVE_OK)
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QJsonArray manifestFiles;
    QList<std::pair<QString, qint64>> entries;
    int written = 0;
    auto writeEntry = [&](const QString &name, qint64 size,
                          const std::function<bool(QCryptographicHash &)> &body) -> bool {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), created.toSecsSinceEpoch(), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return false;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!body(hash))
            return false;
        manifestFiles.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}});
        entries.append({name, size});
        ++written;
        return true;
    };
    auto writeBytes = [&writer](const QByteArray &data, QCryptographicHash &hash) {
        hash.addData(data);
        return data.isEmpty() || archive_write_data(writer.get(), data.constData(),
                                                    size_t(data.size())) == data.size();
    };
    int done = 0;
    control.setProgressRange(0, 100);
    for (const BundleFile &file : files) {
        control.setProgress(int(100 * done++ / std::max<qsizetype>(1, files.size())), file.name);
        if (control.isCanceled())
            return Error(BundleError::Canceled);
        if (!file.included)
            continue;
        bool ok = false;
        if (file.sourcePath.isEmpty()) {
            ok = writeEntry(file.name, file.data.size(),
                            [&](QCryptographicHash &hash) { return writeBytes(file.data, hash); });
        } else if (file.kind == BundleFile::Kind::Text) {
            // The user's own text (a full log): read whole, redacted, then written.
            QFile source(file.sourcePath);
            if (!source.open(QIODevice::ReadOnly) || source.size() > kMaxTextSourceBytes)
                return Error(
                    BundleError::SourceUnreadable,
                    {{"file", path},
                     {"source", file.sourcePath},
                     {"reason", source.size() > kMaxTextSourceBytes ? QStringLiteral("> 512 MiB")
                                                                    : source.errorString()}});
            QString why;
            const QByteArray text = sourceText(source, kMaxTextSourceBytes, &why);
            if (!why.isEmpty())
                return Error(BundleError::SourceUnreadable,
                             {{"file", path}, {"source", file.sourcePath}, {"reason", why}});
            if (control.isCanceled())
                return Error(BundleError::Canceled);
            const QByteArray clean = redactSecrets(text, file.name, redactions);
            if (control.isCanceled())
                return Error(BundleError::Canceled);
            ok = writeEntry(file.name, clean.size(),
                            [&](QCryptographicHash &hash) { return writeBytes(clean, hash); });
        } else if (file.kind == BundleFile::Kind::Capture) {
            // Never the raw capture: its frames' headers and TLS handshakes only.
            const Result<ReducedCapture> reduced = reduceCapture(file.sourcePath, control);
            if (control.isCanceled())
                return Error(BundleError::Canceled);
            // A capture libpcap cannot read here (compressed, several link types) or
            // without TLS: left out rather than copied; its analysis is in the bundle.
            if (!reduced || !reduced.value().hasTls())
                continue;
            const QByteArray &bytes = reduced.value().pcap;
            ok = writeEntry(file.name, bytes.size(),
                            [&](QCryptographicHash &hash) { return writeBytes(bytes, hash); });
        } else {
            QFile source(file.sourcePath);
            if (!source.open(QIODevice::ReadOnly))
                return Error(BundleError::SourceUnreadable, {{"file", path},
                                                             {"source", file.sourcePath},
                                                             {"reason", source.errorString()}});
            ok = writeEntry(file.name, source.size(), [&](QCryptographicHash &hash) {
                while (!source.atEnd()) {
                    if (control.isCanceled() || !writeBytes(source.read(1024 * 1024), hash))
                        return false;
                }
                return true;
            });
            if (control.isCanceled())
                return Error(BundleError::Canceled);
        }
        if (!ok)
            return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    }
    // What was redacted where, never the secret; then the manifest of everything.
    QJsonArray redactionList;
    for (const Redaction &redaction : redactions)
        redactionList.append(
            QJsonObject{{QStringLiteral("file"), redaction.file},
                        {QStringLiteral("line"), redaction.line},
                        {QStringLiteral("rule"), redaction.kind},
                        {QStringLiteral("kind"), redaction.kind},
                        {QStringLiteral("characters_removed"), redaction.removed}});
    const QByteArray redactionJson =
        QJsonDocument(QJsonObject{{QStringLiteral("redactions"), redactionList}})
            .toJson(QJsonDocument::Indented);
    if (!writeEntry(QStringLiteral("redactions.json"), redactionJson.size(),
                    [&](QCryptographicHash &hash) { return writeBytes(redactionJson, hash); }))
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    QJsonArray steps;
    for (Step step : stepsRun)
        steps.append(stepId(step));
    const QByteArray manifest =
        QJsonDocument(QJsonObject{{QStringLiteral("tool"), QStringLiteral("sni-doctor")},
                                  {QStringLiteral("version"), QStringLiteral(SNI_DOCTOR_VERSION)},
                                  {QStringLiteral("created"), created.toString(Qt::ISODate)},
                                  {QStringLiteral("host_os"), QSysInfo::prettyProductName()},
                                  {QStringLiteral("steps_run"), steps},
                                  {QStringLiteral("files"), manifestFiles}})
            .toJson(QJsonDocument::Indented);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), "manifest.json");
    archive_entry_set_size(entry.get(), manifest.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), created.toSecsSinceEpoch(), 0);
    if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
        archive_write_data(writer.get(), manifest.constData(), size_t(manifest.size())) !=
            manifest.size() ||
        archive_write_close(writer.get()) != ARCHIVE_OK)
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    writer.reset();
    if (!temporary.flush() || ::fsync(temporary.handle()) != 0)
        return failure(temporary.errorString());
    // rename(2) replaces the target in one step: the old file or the new, never half.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(path).constData()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup);
    control.setProgress(100, QString());
    entries.append({QStringLiteral("manifest.json"), manifest.size()});
    qCDebug(logBundle) << "wrote" << path << written + 1 << "files," << redactions.size()
                       << "redactions";
    return BundleResult{path, QFileInfo(path).size(), written + 1, redactions, entries};
}

} // namespace SniDoctor
