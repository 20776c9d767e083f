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
    // absolute_path, parent_component, link_outside, special_entry, entry_too_large,
    // total_too_large, ratio_exceeded, too_many_entries, unreadable, archive_error,
    // checksum_mismatch, missing_from_bundle, not_in_manifest, nested_archive
    QString code;
    QString message; // in the user's language, naming the entry
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

// True for the start of a gzip, bzip2, xz or zstd stream.
[[nodiscard]] bool isCompressedHead(const QByteArray &head);

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
