#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace SniDoctor {

// Open-file dialogs that start in the folder last used for the same kind of file
// (kept in QSettings under folderKey, e.g. "logs/folder") and remember the new one.
// Empty when the user canceled.
[[nodiscard]] QString askOpenFile(QWidget *parent, const QString &folderKey, const QString &title,
                                  const QString &filter);
[[nodiscard]] QStringList askOpenFiles(QWidget *parent, const QString &folderKey,
                                       const QString &title, const QString &filter);

} // namespace SniDoctor
