#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace SniDoctor {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es")
                                                            : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!available().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = m_ours.load(QStringLiteral(":/i18n/sni-doctor_%1.qm").arg(language));
    if (!loaded) {
        qWarning("sni-doctor: the %s catalogue is missing from the resources",
                 qPrintable(language));
        return false;
    }
    QCoreApplication::installTranslator(&m_ours);
    // Qt's own strings are English already; other languages come from the system's
    // Qt translations (Debian: qt6-translations-l10n). Missing is not fatal.
    if (language != QLatin1String("en") &&
        m_qt.load(QStringLiteral("qtbase_%1").arg(language),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(QLocale(language));
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace SniDoctor
