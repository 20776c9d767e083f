#pragma once

#include <QString>
#include <QStringList>

namespace SniDoctor {

// Where a piece of evidence is, as language-neutral data: a file (with a line and
// column, or a capture's frame), the cluster, or the endpoint probed. placeText()
// says it in the current language when it is shown.
struct Place
{
    enum class Kind
    {
        None,
        File,     // file, with line (and column) when known
        Frame,    // file, frame
        Files,    // several files: files
        Cluster,  // the cluster the routes were read from
        Endpoint, // host:port, with the address connected to
    };
    Kind kind = Kind::None;
    QString file;
    int line = 0;
    int column = 0;
    qint64 frame = 0;
    QStringList files;
    QString endpoint; // "host:port"
    QString address;  // the IP address connected to; empty when unknown

    [[nodiscard]] static Place inFile(const QString &file, int line = 0, int column = 0);
    [[nodiscard]] static Place atFrame(const QString &file, qint64 frame);
    [[nodiscard]] static Place inFiles(const QStringList &files);
    [[nodiscard]] static Place cluster();
    [[nodiscard]] static Place atEndpoint(const QString &endpoint, const QString &address);
};

// "overrides.yaml:45:3", "capture.pcap, frame 4", "the cluster",
// "api.example.com:443 (10.0.0.1)"; file names without their folder.
[[nodiscard]] QString placeText(const Place &place);

} // namespace SniDoctor
