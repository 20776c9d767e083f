#pragma once

#include <QString>

class QPrinter;
class QWidget;

namespace SniDoctor {

struct CaseData;

// The verdict on one page (verdictSheet) for the support case, printed or saved as PDF
// through Qt's printing support: laid out for the printer's page, and scaled down when it
// is longer, so that it always fits on one page.
void printVerdict(const CaseData &data, QPrinter *printer);
// Writes the PDF to a temporary file beside path, then renames it over path (which the
// user confirmed replacing). False with the reason in *error when it could not.
[[nodiscard]] bool saveVerdictPdf(const CaseData &data, const QString &path, QString *error);

// The dialogs behind "Print verdict…" and "Save verdict as PDF…"; false when canceled or
// failed (a failure is said in a message box).
bool askPrintVerdict(QWidget *parent, const CaseData &data);
bool askSaveVerdictPdf(QWidget *parent, const CaseData &data);

} // namespace SniDoctor
