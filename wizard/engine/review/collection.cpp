#include "collection.h"

#include "core/decompress.h"
#include "core/jsonread.h"

#include "review/reviewtext.h"

#include <archive.h>
#include <archive_entry.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace SniDoctor {

QByteArray CollectedFile::head(qint64 max) const
{
    if (inMemory())
        return data.left(max);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(max);
}

Result<QByteArray> CollectedFile::readAll(qint64 max) const
{
    if (size > max)
        return Error(ReviewError::FileTooLarge,
                     {{"file", name}, {"limit", QString::number(max >> 20)}});
    if (inMemory())
        return data;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ReviewError::Unreadable, {{"file", name}, {"reason", file.errorString()}});
    QByteArray bytes = file.read(max + 1);
    if (bytes.size() > max)
        return Error(ReviewError::FileTooLarge,
                     {{"file", name}, {"limit", QString::number(max >> 20)}});
    return bytes;
}

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// An entry's path made safe, or the reason it is refused: no absolute path (also a
// Windows drive or UNC path), no ".." anywhere; "." components and "./" dropped.
std::optional<QString> safeRelative(const QString &raw, ReviewError &code)
{
    QString path = raw;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':'))) {
        code = ReviewError::AbsolutePath;
        return std::nullopt;
    }
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            code = ReviewError::ParentComponent;
            return std::nullopt;
        }
        if (part != QLatin1String("."))
            parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

// Where a link inside an archive points, from the entry's own folder; nullopt when it
// leaves the archive.
std::optional<QString> linkInside(const QString &entry, const QString &target, bool hardLink)
{
    QString path = target;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':')))
        return std::nullopt;
    // A hard link names a path from the archive's root; a symbolic link, from its folder.
    QStringList parts = hardLink
                            ? QStringList()
                            : entry.split(QLatin1Char('/')).mid(0, entry.count(QLatin1Char('/')));
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('/'));
}

bool isArchiveHead(const QByteArray &head)
{
    // zip, a compressed stream (compressed tars are told from compressed logs by
    // libarchive itself), and a POSIX/GNU tar's "ustar" at 257.
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
           isCompressedHead(head) || (head.size() >= 262 && head.mid(257, 5) == "ustar");
}

class Collector
{
public:
    Collector(TaskControl &control, const CollectionLimits &limits)
        : m_control(control)
        , m_limits(limits)
    {}

    Collection collection;

    void problem(ReviewError code, const QString &origin, const QString &entry,
                 const QString &detail = {}, Severity severity = Severity::Error)
    {
        collection.problems.append(CollectionProblem{
            severity, origin, entry,
            Error(code, {{"origin", origin}, {"entry", entry}, {"detail", detail}})});
    }

    // false when the file turned out not to be an archive (a compressed log, say).
    bool readArchive(const QString &path)
    {
        const QString origin = QFileInfo(path).fileName();
        const qint64 archiveSize = QFileInfo(path).size();
        ArchivePtr reader(archive_read_new(), archive_read_free);
        archive_read_support_filter_all(reader.get());
        archive_read_support_format_zip(reader.get());
        archive_read_support_format_tar(reader.get());
        archive_read_support_format_gnutar(reader.get());
        archive_read_support_format_7zip(reader.get());
        if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(),
                                       64 * 1024) != ARCHIVE_OK)
            return false;
        QList<CollectedFile> files;
        qint64 unpacked = 0;
        int entries = 0;
        bool first = true;
        const qint64 ratioLimit = std::max<qint64>(m_limits.ratioFloorBytes,
                                                   qint64(m_limits.maxRatio * double(archiveSize)));
        while (true) {
            archive_entry *entry = nullptr;
            const int status = archive_read_next_header(reader.get(), &entry);
            if (status == ARCHIVE_EOF)
                break;
            if (status < ARCHIVE_WARN) {
                if (first)
                    return false; // not an archive libarchive knows: a plain (compressed) file
                problem(ReviewError::ArchiveError, origin, QString(),
                        QString::fromLocal8Bit(archive_error_string(reader.get())));
                break;
            }
            first = false;
            if (m_control.isCanceled())
                break;
            const char *utf8 = archive_entry_pathname_utf8(entry);
            const QString raw = utf8 ? QString::fromUtf8(utf8)
                                     : QString::fromLocal8Bit(archive_entry_pathname(entry));
            if (++entries > m_limits.maxEntries) {
                problem(ReviewError::TooManyEntries, origin, raw,
                        QString::number(m_limits.maxEntries));
                break;
            }
            ReviewError code = ReviewError::AbsolutePath;
            const std::optional<QString> relative = safeRelative(raw, code);
            if (!relative) {
                problem(code, origin, raw);
                continue;
            }
            if (const char *hard = archive_entry_hardlink(entry)) {
                const QString target = QString::fromUtf8(hard);
                if (!linkInside(*relative, target, true))
                    problem(ReviewError::LinkOutside, origin, raw, target);
                continue; // inside: the same file as its target, read once
            }
            const mode_t type = archive_entry_filetype(entry);
            if (type == AE_IFDIR)
                continue;
            if (type == AE_IFLNK) {
                const char *symlink = archive_entry_symlink(entry);
                const QString target = symlink ? QString::fromUtf8(symlink) : QString();
                if (!linkInside(*relative, target, false))
                    problem(ReviewError::LinkOutside, origin, raw, target);
                continue; // a link inside the archive: its target is read under its own name
            }
            if (type != AE_IFREG) {
                problem(ReviewError::SpecialEntry, origin, raw);
                continue;
            }
            if (archive_entry_size_is_set(entry) &&
                archive_entry_size(entry) > m_limits.maxEntryBytes) {
                problem(ReviewError::EntryTooLarge, origin, raw,
                        QString::number(m_limits.maxEntryBytes >> 20));
                continue;
            }
            CollectedFile file;
            file.relative = *relative;
            file.origin = origin;
            file.name = QStringLiteral("%1: %2").arg(origin, *relative);
            QString stop; // the limit that stopped the archive
            char buffer[64 * 1024];
            while (true) {
                const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof buffer);
                if (got == 0)
                    break;
                if (got < 0) {
                    problem(ReviewError::ArchiveError, origin, raw,
                            QString::fromLocal8Bit(archive_error_string(reader.get())));
                    stop = QStringLiteral("error");
                    break;
                }
                unpacked += got;
                if (file.data.size() + got > m_limits.maxEntryBytes) {
                    problem(ReviewError::EntryTooLarge, origin, raw,
                            QString::number(m_limits.maxEntryBytes >> 20));
                    file.data.clear();
                    stop = QStringLiteral("skip");
                    break;
                }
                if (unpacked > ratioLimit) {
                    problem(ReviewError::RatioExceeded, origin, raw,
                            QString::number(m_limits.maxRatio));
                    stop = QStringLiteral("bomb");
                    break;
                }
                if (collection.unpackedBytes + unpacked > m_limits.maxTotalBytes) {
                    problem(ReviewError::TotalTooLarge, origin, raw,
                            QString::number(m_limits.maxTotalBytes >> 20));
                    stop = QStringLiteral("bomb");
                    break;
                }
                file.data.append(buffer, got);
            }
            if (stop == QLatin1String("bomb") || stop == QLatin1String("error")) {
                files.clear(); // nothing of an archive refused as a whole is used
                break;
            }
            if (stop == QLatin1String("skip"))
                continue;
            file.size = file.data.size();
            if (isArchiveHead(file.data.left(512)) && !file.data.startsWith("\x1f\x8b")) {
                problem(ReviewError::NestedArchive, origin, raw, {}, Severity::Warning);
                continue;
            }
            files.append(file);
        }
        collection.unpackedBytes += unpacked;
        std::sort(files.begin(), files.end(), [](const CollectedFile &a, const CollectedFile &b) {
            return a.relative < b.relative;
        });
        // Two entries of one name: which one is "the" file depends on the tool that
        // unpacks it, so a checksum could vouch for one while the other is read. No
        // archive this tool writes has them: refused as a whole, as tampered.
        bool duplicated = false;
        for (qsizetype i = 1; i < files.size(); ++i) {
            if (files[i].relative == files[i - 1].relative &&
                (i == 1 || files[i - 2].relative != files[i].relative)) {
                problem(ReviewError::DuplicateEntry, origin, files[i].relative);
                duplicated = true;
            }
        }
        if (duplicated)
            files.clear();
        verifyManifest(origin, files);
        collection.files += files;
        return true;
    }

    void readFolder(const QString &path)
    {
        const QDir root(path);
        const QString origin = root.dirName();
        const QString canonicalRoot = QFileInfo(path).canonicalFilePath();
        QList<CollectedFile> files;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories); // links to folders are not followed
        int count = 0;
        while (it.hasNext()) {
            const QString filePath = it.next();
            const QFileInfo info = it.fileInfo();
            const QString relative = root.relativeFilePath(filePath);
            if (m_control.isCanceled())
                break;
            if (++count > m_limits.maxEntries) {
                problem(ReviewError::TooManyEntries, origin, relative,
                        QString::number(m_limits.maxEntries));
                break;
            }
            if (info.isSymLink()) {
                const QString target = info.canonicalFilePath();
                if (target.isEmpty() || !(target.startsWith(canonicalRoot + QLatin1Char('/')))) {
                    problem(ReviewError::LinkOutside, origin, relative, info.symLinkTarget());
                    continue;
                }
            }
            if (!info.isFile()) {
                problem(ReviewError::SpecialEntry, origin, relative);
                continue;
            }
            CollectedFile file;
            file.relative = relative;
            file.origin = origin;
            file.name = relative;
            file.path = info.absoluteFilePath();
            file.size = info.size();
            files.append(file);
        }
        std::sort(files.begin(), files.end(), [](const CollectedFile &a, const CollectedFile &b) {
            return a.relative < b.relative;
        });
        verifyManifest(origin, files);
        collection.files += files;
    }

    void addFile(const QFileInfo &info)
    {
        CollectedFile file;
        file.relative = info.fileName();
        file.name = info.fileName();
        file.path = info.absoluteFilePath();
        file.size = info.size();
        collection.files.append(file);
    }

private:
    // A bundle of this tool: its manifest lists every file with its size and SHA-256.
    void verifyManifest(const QString &origin, const QList<CollectedFile> &files)
    {
        const auto manifestFile =
            std::find_if(files.cbegin(), files.cend(), [](const CollectedFile &file) {
                return file.relative == QLatin1String("manifest.json");
            });
        if (manifestFile == files.cend())
            return;
        const Result<QByteArray> text = manifestFile->readAll(16 << 20);
        if (!text)
            return;
        const QJsonObject manifest = QJsonDocument::fromJson(text.value()).object();
        if (manifest.value(QLatin1String("tool")).toString() != QLatin1String("sni-doctor") ||
            !manifest.value(QLatin1String("files")).isArray())
            return;
        BundleManifest bundle;
        bundle.origin = origin;
        bundle.version = manifest.value(QLatin1String("version")).toString();
        bundle.created = manifest.value(QLatin1String("created")).toString();
        bundle.hostOs = manifest.value(QLatin1String("host_os")).toString();
        for (const QJsonValue &step : manifest.value(QLatin1String("steps_run")).toArray())
            bundle.stepsRun << step.toString();
        QHash<QString, const CollectedFile *> byName;
        for (const CollectedFile &file : files)
            byName.insert(file.relative, &file);
        QSet<QString> listed{QStringLiteral("manifest.json")};
        for (const QJsonValue &item : manifest.value(QLatin1String("files")).toArray()) {
            const QJsonObject entry = item.toObject();
            const QString name = entry.value(QLatin1String("name")).toString();
            listed.insert(name);
            ++bundle.files;
            const CollectedFile *file = byName.value(name);
            if (!file) {
                problem(ReviewError::MissingFromBundle, origin, name);
                continue;
            }
            const qint64 size = Json::number(entry, "size", -1);
            if (size != file->size) {
                problem(ReviewError::SizeMismatch, origin, name, QString::number(size));
                continue;
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file->inMemory()) {
                hash.addData(file->data);
            } else {
                QFile disk(file->path);
                if (!disk.open(QIODevice::ReadOnly) || !hash.addData(&disk)) {
                    problem(ReviewError::EntryUnreadable, origin, name, disk.errorString());
                    continue;
                }
            }
            if (QString::fromLatin1(hash.result().toHex()) !=
                entry.value(QLatin1String("sha256")).toString()) {
                problem(ReviewError::ChecksumMismatch, origin, name);
                continue;
            }
            ++bundle.verified;
        }
        for (const CollectedFile &file : files) {
            if (!listed.contains(file.relative))
                problem(ReviewError::NotInManifest, origin, file.relative, {}, Severity::Warning);
        }
        bundle.intact =
            bundle.verified == bundle.files &&
            std::none_of(collection.problems.cbegin(), collection.problems.cend(),
                         [&origin](const CollectionProblem &p) {
                             return p.origin == origin && p.error.is(ReviewError::NotInManifest);
                         });
        collection.bundles.append(bundle);
    }

    TaskControl &m_control;
    CollectionLimits m_limits;
};

} // namespace

Result<Collection> collectFiles(const QStringList &paths, TaskControl &control,
                                const CollectionLimits &limits)
{
    Collector collector(control, limits);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error(ReviewError::NotFound, {{"file", path}});
        if (info.isDir()) {
            collector.readFolder(path);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ReviewError::Unreadable, {{"file", path}, {"reason", file.errorString()}});
        const QByteArray head = file.read(512);
        file.close();
        if (isArchiveHead(head) && collector.readArchive(path))
            continue;
        collector.addFile(info);
    }
    if (control.isCanceled())
        return Error(ReviewError::Canceled);
    return collector.collection;
}

} // namespace SniDoctor
