#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// What can go wrong collecting files, and what collection refuses, by name.
enum class ReviewError
{
    // A file that cannot be read at all
    NotFound,          // not_found {file}
    Unreadable,        // unreadable {file, reason}
    FileTooLarge,      // file_too_large {file, limit} (MiB)
    Canceled,          // canceled
                       // Refused or wrong inside a collection: {origin, entry, detail}
    AbsolutePath,      // absolute_path
    ParentComponent,   // parent_component
    LinkOutside,       // link_outside: detail is the link's target
    SpecialEntry,      // special_entry
    EntryTooLarge,     // entry_too_large: detail in MiB
    TotalTooLarge,     // total_too_large: detail in MiB
    RatioExceeded,     // ratio_exceeded: detail is the ratio
    TooManyEntries,    // too_many_entries: detail is the limit
    ArchiveError,      // archive_error: detail is libarchive's words
    EntryUnreadable,   // unreadable: detail is the reason
    ChecksumMismatch,  // checksum_mismatch
    SizeMismatch,      // size_mismatch: detail is the size the manifest gives
    MissingFromBundle, // missing_from_bundle
    NotInManifest,     // not_in_manifest
    NestedArchive,     // nested_archive
    DuplicateEntry,    // duplicate_entry: two entries of one name (the archive is refused)
};
[[nodiscard]] const ErrorDomain &errorDomain(ReviewError);

// What an archive may cost before it is refused: a bundle of a few KB must not
// unpack to gigabytes, and nothing a stranger sends may exhaust the machine.
struct CollectionLimits
{
    qint64 maxTotalBytes = qint64(1) << 30;    // unpacked from all the archives together
    qint64 maxEntryBytes = qint64(512) << 20;  // one entry
    int maxEntries = 10000;                    // headers of one archive, files of one folder
    double maxRatio = 100;                     // unpacked bytes per byte of the archive file...
    qint64 ratioFloorBytes = qint64(16) << 20; // ...once more than this was unpacked
};

// One collected file: on disk (a folder's or one given by name) or read from an
// archive into memory. Nothing of an archive is ever written to disk.
struct CollectedFile
{
    QString name;     // as the user knows it: "overrides.yaml", "case.zip: logs/ingress.log"
    QString relative; // path inside its folder or archive ("logs/ingress.log"); the file name for a
                      // lone file
    QString origin;   // the archive or folder it came from; empty for a file given by name
    QString path;     // on disk; empty for an archive's entry
    QByteArray data;  // an archive's entry
    qint64 size = 0;

    [[nodiscard]] bool inMemory() const { return path.isEmpty(); }
    // The first bytes (at most max), for recognition.
    [[nodiscard]] QByteArray head(qint64 max) const;
    // The whole file; an Error when it is larger than max or cannot be read.
    [[nodiscard]] Result<QByteArray> readAll(qint64 max) const;
};

// Something refused or wrong, naming the archive (or folder) and the entry.
struct CollectionProblem
{
    Severity severity = Severity::Error;
    QString origin;
    QString entry;
    Error error; // a ReviewError, naming the archive and the entry

    [[nodiscard]] QString id() const { return error.id(); }
    [[nodiscard]] QString message() const { return error.message(); } // in the current language
};

// A bundle made by this tool, as its manifest.json describes it.
struct BundleManifest
{
    QString origin; // the archive or folder
    QString version;
    QString created;
    QString hostOs;
    QStringList stepsRun;
    int files = 0;
    int verified = 0; // files whose size and SHA-256 match
    bool intact = false;
};

struct Collection
{
    QList<CollectedFile> files; // in a stable order: inputs as given, entries sorted by name
    QList<CollectionProblem> problems;
    QList<BundleManifest> bundles;
    qint64 unpackedBytes = 0;
};

// Collects the files of the given paths: folders (walked without following links
// that leave them), archives (zip, tar, tar.gz/tgz and other compressed tars,
// recognised by their content) and single files. Archives are read with libarchive
// into memory: an absolute path, a ".." component, a link that leaves the archive, a
// device or a FIFO is refused by name; an archive past the limits is refused from
// that entry on. A bundle's manifest.json is verified (sizes and SHA-256). Nothing is
// executed and nothing is written. An Error only for a path that does not exist or
// cannot be read at all.
[[nodiscard]] Result<Collection> collectFiles(const QStringList &paths, TaskControl &control,
                                              const CollectionLimits &limits = {});

} // namespace SniDoctor
