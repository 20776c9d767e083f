#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace SniDoctor {

// JSON as the bundle and the command line write it: indented.
[[nodiscard]] inline QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// A file of the bundle, known before export so the user can see and choose.
struct BundleFile
{
    enum class Kind
    {
        Text,    // redacted before it goes in
        Binary,  // goes in as it is: the user is told its size
        Capture, // a capture: goes in reduced to its headers and TLS handshakes, if TLS
    };
    QString name; // path inside the archive
    QByteArray data;
    QString sourcePath;    // instead of data: a file read at export (full logs, the capture)
    qint64 size = 0;       // of data, or of the source file
    bool optional = false; // offered, left out unless the user asks for it
    bool included = true;
    Kind kind = Kind::Text;
};

// What a step adds to the support bundle: its files and its section of the report.
class BundleContent final
{
public:
    // A text the step generated (its analysis as JSON, kubectl-like tables).
    void addFile(const QString &name, const QByteArray &data)
    {
        m_files.append(
            BundleFile{name, data, {}, data.size(), false, true, BundleFile::Kind::Text});
    }
    // A file of the user's, offered but left out unless asked for (full logs, the capture).
    void offerSourceFile(const QString &name, const QString &path, qint64 size,
                         BundleFile::Kind kind)
    {
        m_files.append(BundleFile{name, {}, path, size, true, false, kind});
    }
    void addFile(const BundleFile &file) { m_files.append(file); }
    void addReport(const ReportBlock &block) { m_report.append(block); }

    [[nodiscard]] const QList<BundleFile> &files() const { return m_files; }
    [[nodiscard]] const QList<ReportBlock> &report() const { return m_report; }

private:
    QList<BundleFile> m_files;
    QList<ReportBlock> m_report;
};

} // namespace SniDoctor
