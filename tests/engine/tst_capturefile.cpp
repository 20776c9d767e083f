// Our capture file reader (capture/capturefile) against tshark, on the reader cases of
// tests/data/captures (made by edit_pcap.py from the tcpdump captures): the frame times
// to the microsecond and the frame count; the (frame, SNI) lists are tst_capture's
// matchesTshark. And damaged files, which must end in an error naming the frame.
#include "capture/captureanalyzer.h"
#include "capture/capturefile.h"
#include "capture/capturereduce.h"
#include "peers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace SniDoctor;

namespace {

const QString kData = QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures");

#define REQUIRE_TOOL(program)                                                                      \
    do {                                                                                           \
        if (!TestPeers::available(QStringLiteral(program))) {                                      \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(program " is not installed: the setup script must install it");              \
            QSKIP(program " is not installed (installer/setup-debian.sh installs it)");            \
        }                                                                                          \
    } while (false)

// tshark's fields, one list per frame.
QList<QStringList> tshark(const QString &path, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("tshark"), QStringList{QStringLiteral("-r"), path} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
    }
    return rows;
}

QStringList hellos(const QString &path)
{
    QStringList list;
    for (const QStringList &row :
         tshark(path, {"-Y", "tls.handshake.type==1", "-T", "fields", "-e", "frame.number", "-e",
                       "tls.handshake.extensions_server_name"}))
        list << row.join(QLatin1Char(' '));
    return list;
}

QStringList ours(const CaptureSummary &summary)
{
    QStringList list;
    for (const CaptureHello &hello : summary.hellos)
        list << QStringLiteral("%1 %2").arg(hello.frame).arg(hello.sni);
    return list;
}

CaptureSummary analyze(const QString &path)
{
    CancelFlag control;
    const Result<CaptureSummary> result = analyzeCapture(path, control);
    if (!result)
        qFatal("%s", qPrintable(result.error().message()));
    return result.value();
}

QByteArray le32(quint32 v)
{
    return QByteArray(reinterpret_cast<const char *>(&v), 4);
}

QByteArray pcapHeader(quint32 linkType = 1)
{
    return le32(0xa1b2c3d4) + QByteArray::fromHex("02000400") + le32(0) + le32(0) + le32(262144) +
           le32(linkType);
}

QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray padded = body;
    padded.append(QByteArray((4 - body.size() % 4) % 4, '\0'));
    const quint32 length = quint32(12 + padded.size());
    return le32(type) + le32(length) + padded + le32(length);
}

QByteArray section()
{
    return block(0x0a0d0d0a, le32(0x1a2b3c4d) + QByteArray::fromHex("01000000ffffffffffffffff"));
}

QByteArray interface(quint16 linkType)
{
    return block(1, QByteArray(reinterpret_cast<const char *>(&linkType), 2) + QByteArray(2, '\0') +
                        le32(65535));
}

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

class tst_CaptureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesMatchTshark_data();
    void timesMatchTshark();
    void interfacesOfSeveralLinkTypes();
    void truncatedPcapng();
    void streamAndCompressed();
    void damagedLengths_data();
    void damagedLengths();
    void unsupportedInterfacesOnly();
    void reducedPcapng();
};

void tst_CaptureFile::timesMatchTshark_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"nanosecond.pcap", "bigendian.pcap", "interfaces.pcapng",
                             "blocks.pcapng", "simple.pcapng", "truncated.pcapng", "sll2.pcapng"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

// Every frame tshark gives a time (not the simple packet blocks, not custom blocks)
// has ours, to the microsecond; the same number of frames (a cut file: up to the cut).
void tst_CaptureFile::timesMatchTshark()
{
    REQUIRE_TOOL("tshark");
    QFETCH(QString, file);
    const QString path = kData + QLatin1Char('/') + file;
    const QList<QStringList> theirs =
        tshark(path, {"-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch"});
    QVERIFY(theirs.size() > 20);
    CaptureFile::Reader reader;
    QString error;
    QVERIFY2(reader.openFile(path, &error), qPrintable(error));
    CaptureFile::Frame frame;
    int number = 0;
    int compared = 0;
    while (reader.next(frame) == CaptureFile::Reader::Next::Frame) {
        QVERIFY(number < theirs.size());
        const QStringList &row = theirs.at(number++);
        QCOMPARE(row.value(0), QString::number(number));
        const QString time = row.value(1);
        if (time.isEmpty())
            continue;
        // "1795711243.729459321": seconds and microseconds, the nanoseconds dropped.
        const qint64 us = time.section(QLatin1Char('.'), 0, 0).toLongLong() * 1000000 +
                          time.section(QLatin1Char('.'), 1).left(6).toLongLong();
        QCOMPARE(frame.timeUs, us);
        ++compared;
    }
    QCOMPARE(number, theirs.size());
    QVERIFY(compared >= theirs.size() / 2);
}

// What libpcap refuses ("an interface has a type different from the type of the first
// interface"): every interface's frames read, with its own link type.
void tst_CaptureFile::interfacesOfSeveralLinkTypes()
{
    const CaptureSummary summary = analyze(kData + QStringLiteral("/interfaces.pcapng"));
    QCOMPARE(summary.linkTypes,
             (QStringList{"EN10MB", "LINUX_SLL2", summary.linkTypes.value(2)})); // USER0
    QCOMPARE(summary.linkTypes.size(), 3);
    QCOMPARE(summary.packets, qint64(51));
    QCOMPARE(summary.clientHellos, 6);
    QCOMPARE(summary.withoutSni, 2);
    QVERIFY(summary.readError.isEmpty());
    QCOMPARE(analyze(kData + QStringLiteral("/simple.pcapng")).clientHellos, 3);
    QCOMPARE(analyze(kData + QStringLiteral("/blocks.pcapng")).clientHellos, 3);
}

void tst_CaptureFile::truncatedPcapng()
{
    const CaptureSummary summary = analyze(kData + QStringLiteral("/truncated.pcapng"));
    QVERIFY(!summary.readError.isEmpty());
    QVERIFY2(summary.readError.contains(QStringLiteral("cut short")),
             qPrintable(summary.readError));
    QCOMPARE(summary.readErrorFrame, qint64(50));
    QCOMPARE(summary.packets, qint64(49));
    QCOMPARE(summary.clientHellos, 6);
    QVERIFY(std::any_of(summary.findings.begin(), summary.findings.end(), [](const Finding &f) {
        return f.id == QLatin1String("capture_truncated");
    }));
}

// The same hellos from a stream (the fuzz target's way) and from the gzip of the file.
void tst_CaptureFile::streamAndCompressed()
{
    const QString path = kData + QStringLiteral("/interfaces.pcapng");
    const QStringList expected = ours(analyze(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    FILE *stream = fmemopen(bytes.data(), size_t(bytes.size()), "rb");
    QVERIFY(stream);
    CancelFlag control;
    const auto streamed = analyzeCaptureStream(stream, QStringLiteral("memory"), control);
    QVERIFY(streamed.ok());
    QCOMPARE(ours(streamed.value()), expected);
    if (!TestPeers::available(QStringLiteral("gzip")))
        QSKIP("gzip is not installed");
    QTemporaryDir dir;
    const QString copy = write(dir, QStringLiteral("interfaces.pcapng"), bytes);
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {copy}), 0);
    QCOMPARE(ours(analyze(copy + QStringLiteral(".gz"))), expected);
}

void tst_CaptureFile::damagedLengths_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("frame");
    const QByteArray frame = QByteArray::fromHex("00000000000000000000000008004500");
    const QByteArray record = le32(1) + le32(0) + le32(16) + le32(16) + frame;
    QTest::newRow("pcap caplen 4 GB")
        << pcapHeader() + record + le32(1) + le32(0) + le32(0xfffffff0) + le32(60) + frame
        << qint64(2);
    QTest::newRow("pcap caplen past the end")
        << pcapHeader() + record + record + le32(1) + le32(0) + le32(100000) + le32(60) + frame
        << qint64(3);
    QTest::newRow("pcapng block of 2 GB")
        << section() + interface(1) + le32(6) + le32(0x7ffffff0) + frame << qint64(1);
    QTest::newRow("pcapng caplen beyond its block")
        << section() + interface(1) +
               block(6, le32(0) + le32(0) + le32(1) + le32(1000) + le32(1000) + frame)
        << qint64(1);
    QTest::newRow("pcapng block shorter than a header")
        << section() + interface(1) + le32(6) + le32(8) + frame << qint64(1);
    QTest::newRow("pcapng unknown interface")
        << section() + interface(1) +
               block(6, le32(3) + le32(0) + le32(1) + le32(16) + le32(16) + frame)
        << qint64(1);
}

// Read up to the damage, which is an error naming the frame, never an allocation of
// the claimed size.
void tst_CaptureFile::damagedLengths()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, frame);
    QTemporaryDir dir;
    const CaptureSummary summary = analyze(write(dir, QStringLiteral("damaged.pcap"), bytes));
    QVERIFY(!summary.readError.isEmpty());
    QCOMPARE(summary.readErrorFrame, frame);
    QCOMPARE(summary.packets, frame - 1);
}

// A pcapng is refused for its link type only when no interface is one we read.
void tst_CaptureFile::unsupportedInterfacesOnly()
{
    QTemporaryDir dir;
    const QByteArray epb = block(6, le32(0) + le32(0) + le32(1) + le32(4) + le32(4) + "abcd");
    CancelFlag control;
    const auto wifi = analyzeCapture(
        write(dir, QStringLiteral("wifi.pcapng"), section() + interface(105) + epb), control);
    QVERIFY(!wifi.ok());
    QCOMPARE(wifi.error().id(), QStringLiteral("capture_link_type"));
    QVERIFY2(wifi.error().message().contains(QStringLiteral("IEEE802_11")),
             qPrintable(wifi.error().message()));
    const auto mixed = analyzeCapture(
        write(dir, QStringLiteral("mixed.pcapng"), section() + interface(105) + interface(1) + epb),
        control);
    QVERIFY(mixed.ok());
    QCOMPARE(mixed.value().packets, qint64(1));
    QCOMPARE(mixed.value().linkTypes, (QStringList{"IEEE802_11", "EN10MB"}));
    const auto garbage = analyzeCapture(
        write(dir, QStringLiteral("short.pcap"), QByteArray::fromHex("d4c3b2a1")), control);
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().id(), QStringLiteral("capture_unreadable"));
}

// A capture of several link types reduces to a pcapng (one interface per link type)
// that tshark reads with the same hellos; one link type stays pcap.
void tst_CaptureFile::reducedPcapng()
{
    REQUIRE_TOOL("tshark");
    CancelFlag control;
    const QString path = kData + QStringLiteral("/interfaces.pcapng");
    const auto reduced = reduceCapture(path, control);
    QVERIFY(reduced.ok());
    QCOMPARE(reduced.value().frames, qint64(51));
    QVERIFY(reduced.value().pcap.startsWith(QByteArray::fromHex("0a0d0d0a")));
    QTemporaryDir dir;
    const QString written = write(dir, QStringLiteral("reduced.pcapng"), reduced.value().pcap);
    QCOMPARE(hellos(written), hellos(path));
    QCOMPARE(ours(analyze(written)), ours(analyze(path)));
    const auto single = reduceCapture(kData + QStringLiteral("/blocks.pcapng"), control);
    QVERIFY(single.ok());
    QVERIFY(single.value().pcap.startsWith(QByteArray::fromHex("d4c3b2a1")));
}

QTEST_GUILESS_MAIN(tst_CaptureFile)
#include "tst_capturefile.moc"
