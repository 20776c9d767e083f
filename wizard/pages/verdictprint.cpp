#include "verdictprint.h"

#include "bundle/bundle.h"
#include "core/report.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace SniDoctor {

namespace {

class VerdictPrint
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::VerdictPrint)
};

QString languageCode()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

void printVerdict(const CaseData &data, QPrinter *printer)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(printer);
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("h1{font-size:15pt} h2{font-size:11pt;margin-top:8px} pre{font-size:8pt}"
                       "td,th{padding:2px 4px} th{text-align:left}"));
    document.setHtml(reportHtml(VerdictPrint::tr("SNI Doctor: the verdict"), verdictSheet(data),
                                languageCode()));
    document.setDocumentMargin(0);
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    // The widest layout that fits on the page: narrower text is taller, so the scale
    // goes down until the whole document fits, never below a third.
    qreal scale = 1.0;
    for (; scale > 0.34; scale *= 0.92) {
        document.setTextWidth(page.width() / scale);
        if (document.size().height() * scale <= page.height())
            break;
    }
    QPainter painter(printer);
    painter.scale(scale, scale);
    document.drawContents(&painter, QRectF(0, 0, page.width() / scale, page.height() / scale));
}

bool saveVerdictPdf(const CaseData &data, const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QString temporary =
        target.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                          .arg(target.fileName())
                                          .arg(QDateTime::currentMSecsSinceEpoch()));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(temporary);
        printer.setPageSize(QPageSize(QLocale().measurementSystem() == QLocale::MetricSystem
                                          ? QPageSize::A4
                                          : QPageSize::Letter));
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        printer.setDocName(VerdictPrint::tr("SNI Doctor: the verdict"));
        printer.setCreator(QStringLiteral("SNI Doctor"));
        printVerdict(data, &printer);
    }
    if (!QFileInfo(temporary).isFile() || QFileInfo(temporary).size() == 0) {
        QFile::remove(temporary);
        if (error)
            *error = VerdictPrint::tr("Cannot write %1: the folder is not writable.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        if (error)
            *error = VerdictPrint::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (error)
            *error = VerdictPrint::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool askPrintVerdict(QWidget *parent, const CaseData &data)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(VerdictPrint::tr("SNI Doctor: the verdict"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(VerdictPrint::tr("Print the verdict"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printVerdict(data, &printer);
    return true;
}

bool askSaveVerdictPdf(QWidget *parent, const CaseData &data)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("verdict/folder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QStringLiteral("sni-doctor-verdict-%1.pdf")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    // The dialog asks before replacing a file: its yes is the confirmation.
    const QString path = QFileDialog::getSaveFileName(
        parent, VerdictPrint::tr("Save the verdict as PDF"),
        folder.isEmpty() ? suggested : QDir(folder).filePath(suggested),
        VerdictPrint::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("verdict/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveVerdictPdf(data, path, &error)) {
        QMessageBox::warning(parent, VerdictPrint::tr("Save the verdict as PDF"), error);
        return false;
    }
    return true;
}

} // namespace SniDoctor
