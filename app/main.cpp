#include "cli/cli.h"
#include "core/logging.h"
#include "doctorwizard.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace {

// Removes "--lang X" / "--lang=X" wherever it stands and returns X (empty if absent).
QString takeLanguage(QStringList &arguments)
{
    QString language;
    for (int i = 1; i < arguments.size();) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

bool haveDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true; // the user chose a platform (offscreen, vnc, ...) deliberately
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    SniDoctor::installMessageFilter();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString requestedLanguage = takeLanguage(arguments);
    if (!requestedLanguage.isEmpty() &&
        !SniDoctor::LanguageManager::available().contains(requestedLanguage)) {
        QCoreApplication app(argc, argv);
        fprintf(stderr, "sni-doctor: --lang takes es or en, not \"%s\"\n",
                qPrintable(requestedLanguage));
        return SniDoctor::ExitUsage;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("sni-doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("sni-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNI_DOCTOR_VERSION));

    // A word that is not a command is a typo of one, not a reason to open a window.
    // A path that exists is a file to open in the window (sni-doctor case.sni-doctor.json,
    // a bundle, a capture, a folder): the desktop's "Open with".
    const bool commandLine =
        SniDoctor::CommandLine::wantsCommandLine(arguments) ||
        (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')) &&
         !QFileInfo::exists(arguments.at(1)));
    if (commandLine || (arguments.size() == 1 && !haveDisplay())) {
        QCoreApplication app(argc, argv);
        SniDoctor::LanguageManager languages;
        languages.setLanguage(requestedLanguage.isEmpty()
                                  ? SniDoctor::LanguageManager::systemLanguage()
                                  : requestedLanguage);
        return commandLine ? SniDoctor::CommandLine::run(arguments)
                           : SniDoctor::CommandLine::runHeadlessDemo();
    }

    QApplication app(argc, argv); // takes Qt's own arguments (-style, -platform, -reverse)
    QApplication::setApplicationDisplayName(QStringLiteral("SNI Doctor"));
    QApplication::setDesktopFileName(QStringLiteral("sni-doctor"));
    QStringList rest = QApplication::arguments();
    takeLanguage(rest);
    rest.removeFirst();
    QStringList paths;
    for (const QString &argument : std::as_const(rest)) {
        if (argument.startsWith(QLatin1Char('-')) || !QFileInfo::exists(argument)) {
            fprintf(stderr, "sni-doctor: unknown argument \"%s\"; try sni-doctor --help\n",
                    qPrintable(argument));
            return SniDoctor::ExitUsage;
        }
        paths << QFileInfo(argument).absoluteFilePath();
    }
    SniDoctor::LanguageManager languages;
    QString language = requestedLanguage;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!languages.setLanguage(language))
        languages.setLanguage(SniDoctor::LanguageManager::systemLanguage());
    SniDoctor::MainWindow window(&languages);
    window.show();
    window.openPaths(paths);
    return app.exec();
}
