#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace SniDoctor {

// Swaps the application's translators at run time: ours (sni-doctor_<lang>.qm,
// embedded) and Qt's own qtbase_<lang>.qm (so QWizard's Back/Next/Cancel and the
// standard dialogs follow). Installing them sends QEvent::LanguageChange to every
// widget, which re-sets its texts.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    [[nodiscard]] static QStringList available(); // {"en", "es"}
    // "es" when the system's locale is Spanish, else "en".
    [[nodiscard]] static QString systemLanguage();
    // The name of a language in that language ("English", "Español").
    [[nodiscard]] static QString nativeName(const QString &language);

    // Returns false (and keeps the current language) for an unknown code or a
    // catalogue that cannot be loaded.
    bool setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator m_ours;
    QTranslator m_qt;
};

} // namespace SniDoctor
