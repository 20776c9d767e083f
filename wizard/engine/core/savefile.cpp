#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace SniDoctor {

QString writeFileReplacing(const QString &path, const QByteArray &data,
                           QFileDevice::Permissions permissions)
{
    const QFileInfo target(path);
    if (target.isDir() && !target.isSymLink())
        return QString::fromLocal8Bit(std::strerror(EISDIR));
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() +
                                                           QStringLiteral(".XXXXXX")));
    if (!temporary.open())
        return temporary.errorString();
    if (temporary.write(data) != data.size() || !temporary.flush() ||
        ::fsync(temporary.handle()) != 0)
        return temporary.errorString();
    if (!temporary.setPermissions(permissions))
        return temporary.errorString();
    temporary.close();
    // rename(2) replaces the name itself: a link there is gone, its target untouched.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    temporary.setAutoRemove(false);
    return {};
}

bool pathTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace SniDoctor
