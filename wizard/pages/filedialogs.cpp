#include "filedialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace SniDoctor {

QStringList askOpenFiles(QWidget *parent, const QString &folderKey, const QString &title,
                         const QString &filter)
{
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, title, QSettings().value(folderKey).toString(), filter);
    if (!files.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(files.first()).absolutePath());
    return files;
}

QString askOpenFile(QWidget *parent, const QString &folderKey, const QString &title,
                    const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(
        parent, title, QSettings().value(folderKey).toString(), filter);
    if (!file.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    return file;
}

} // namespace SniDoctor
