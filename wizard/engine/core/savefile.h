#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace SniDoctor {

// Writes data to path as one step: into a new file beside it, flushed to disk, then
// renamed over path. A link found at path is replaced, never followed (QSaveFile would
// write through it to wherever it points); a reader sees the old file or the new,
// never half of one. Whether an existing file may be replaced is the caller's
// question, asked before. Returns an empty string, or why it could not be written
// (path is then untouched).
[[nodiscard]] QString writeFileReplacing(
    const QString &path, const QByteArray &data,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// Whether something is at path already: a file, a folder, or a link (a dangling one
// too, which QFileInfo::exists does not count).
[[nodiscard]] bool pathTaken(const QString &path);

} // namespace SniDoctor
