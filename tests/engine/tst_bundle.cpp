// The support bundle: each kind of secret planted in every input and searched for in
// every decompressed byte (unzip, tar), checksums of the manifest checked against the
// files, atomic writing, no overwrite without consent, nothing left by a cancel.
#include "accesslog/accessloganalyzer.h"
#include "bundle/bundle.h"
#include "capture/captureanalyzer.h"
#include "case/stepmodule.h"
#include "cluster/routesresult.h"
#include "core/taskcontrol.h"
#include "diagnosis/diagnosis.h"
#include "overrides/overridesvalidator.h"
#include "review/collection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <pcap/pcap.h>

using namespace SniDoctor;

namespace {

QByteArray readData(const QString &path)
{
    QFile file(QStringLiteral(SNI_DOCTOR_TEST_DATA "/") + path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Secrets of each kind a bundle must never carry, planted in the inputs.
const QList<QByteArray> kSecrets{"c2VjcmV0LWt2bS1rZXktcGxhbnRlZA==",
                                 "pepper-salt-planted",
                                 "hunter2-planted",
                                 "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPLANTED",
                                 "eyJhbGciOiJSUzI1NiJ9.planted-token",
                                 "Zm9vOmJhci1wbGFudGVk",
                                 "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQplanted",
                                 "sa-key-planted-MIIEvQIBADANBg"};

QByteArray plantedOverrides()
{
    return readData(QStringLiteral("overrides/helm-two-envgroups.yaml")) +
           "kvmEncryptionKey: c2VjcmV0LWt2bS1rZXktcGxhbnRlZA==\n"
           "axHashSalt: pepper-salt-planted\n"
           "httpProxy:\n  host: proxy.internal\n  password: hunter2-planted\n"
           "inlineKey: |\n  -----BEGIN PRIVATE KEY-----\n  "
           "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPLANTED\n  -----END PRIVATE KEY-----\n";
}

QByteArray plantedLog()
{
    QByteArray log;
    for (int i = 0; i < 5; ++i)
        log +=
            R"({"start_time":"2025-05-19T04:46:20.117Z","remote_address":"10.138.0.28:19432","status_details":"filter_chain_not_found","request":"- - -","status":0,"upstream_response_flags":"NR","sni_host":null})"
            "\n";
    log +=
        R"({"start_time":"2025-05-19T04:47:00.000Z","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","status":200,"authorization":"Bearer eyJhbGciOiJSUzI1NiJ9.planted-token"})"
        "\n";
    log +=
        "2025-05-19T04:48:00Z debug request headers: Authorization: Basic Zm9vOmJhci1wbGFudGVk\n";
    log += "client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQplanted\n";
    log +=
        R"({"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nsa-key-planted-MIIEvQIBADANBg\n-----END PRIVATE KEY-----\n", "client_email": "x@y.iam.gserviceaccount.com"})"
        "\n";
    return log;
}

struct Unpacked
{
    QMap<QString, QByteArray> files;
};

// Every member's bytes, through the tool a support engineer would use.
Unpacked unpack(const QString &archive, bool zip)
{
    Unpacked result;
    QTemporaryDir out;
    QProcess process;
    if (zip)
        process.start(QStringLiteral("unzip"),
                      {QStringLiteral("-q"), archive, QStringLiteral("-d"), out.path()});
    else
        process.start(QStringLiteral("tar"),
                      {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), out.path()});
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    QDirIterator it(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        result.files.insert(QDir(out.path()).relativeFilePath(path), file.readAll());
    }
    return result;
}

// A case with a secret of each kind in each of its inputs; the full log is offered and
// taken (as --include-logs or a tick on the bundle page does).
CaseData plantedCase(const QString &logPath)
{
    CaseData data;
    const QByteArray overrides = plantedOverrides();
    OverridesContext context;
    context.wildcardRoute = QStringLiteral("non-sni");
    context.checkCertificates = false;
    data.setRecord(
        Step::Overrides,
        StepRecord(
            OverridesResult{validateOverrides(overrides, QStringLiteral("overrides.yaml"), context),
                            overrides},
            Origin::thisMachine({QStringLiteral("overrides.yaml")})));
    data.setRecord(Step::Routes,
                   StepRecord(RoutesResult{parseApigeeRoutes(
                                               readData(QStringLiteral("routes/not-attached.yaml")),
                                               QStringLiteral("routes.yaml"))
                                               .value(),
                                           std::nullopt,
                                           {}},
                              Origin::thisMachine({QStringLiteral("routes.yaml")})));
    CancelFlag control;
    data.setRecord(Step::Logs, StepRecord(analyzeAccessLogFiles({logPath}, control).value(),
                                          Origin::thisMachine({logPath})));
    data.environmentGroups = {QStringLiteral("dev-grp"), QStringLiteral("test-grp")};
    data.notes = QStringLiteral(
        "Customer says the mainframe client broke on Monday. password: hunter2-planted");
    return data;
}

// The planted log as dir/ingress.log; empty when it could not be written.
QString writePlantedLog(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("ingress.log"));
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly) || log.write(plantedLog()) != plantedLog().size())
        return {};
    return path;
}

QList<BundleFile> withOptional(QList<BundleFile> files)
{
    for (BundleFile &file : files)
        file.included = true;
    return files;
}

// A TCP/IPv4 frame over Ethernet from a:port to b:port with payload (checksums zero,
// which tshark does not check by default).
QByteArray tcpFrame(quint8 from, quint16 sport, quint8 to, quint16 dport, quint32 seq, quint8 flags,
                    const QByteArray &payload)
{
    QByteArray frame(14, '\0');
    frame[12] = 0x08; // IPv4
    QByteArray ip(20, '\0');
    ip[0] = 0x45;
    const int total = 20 + 20 + int(payload.size());
    ip[2] = char(total >> 8);
    ip[3] = char(total & 0xff);
    ip[8] = 64;
    ip[9] = 6;
    ip[12] = 10, ip[15] = char(from);
    ip[16] = 10, ip[19] = char(to);
    QByteArray tcp(20, '\0');
    tcp[0] = char(sport >> 8), tcp[1] = char(sport & 0xff);
    tcp[2] = char(dport >> 8), tcp[3] = char(dport & 0xff);
    for (int i = 0; i < 4; ++i)
        tcp[4 + i] = char(seq >> (24 - 8 * i));
    tcp[12] = 0x50;
    tcp[13] = char(flags);
    tcp[14] = char(0xff), tcp[15] = char(0xff);
    return frame + ip + tcp + payload;
}

// The frames of a capture file, with tshark's help (the oracle): number and length.
QStringList tsharkFrames(const QString &path)
{
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"),
                 {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                  QStringLiteral("-e"), QStringLiteral("frame.number"), QStringLiteral("-e"),
                  QStringLiteral("frame.len"), QStringLiteral("-e"),
                  QStringLiteral("tls.handshake.extensions_server_name")});
    tshark.waitForFinished(60000);
    return QString::fromUtf8(tshark.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsEachKind();
    void redactsEveryShape();
    void redactsRandomShapes();
    void keepsWhatIsNotSecret();
    void zipHasEverythingAndNoSecret();
    void everyInputEveryShape();
    void captureReduced();
    void compressedLogAsText();
    void tarGzToo();
    void noOverwriteAndNothingLeftOnCancel();
    void verdictSheetSaysWhatSupportNeeds();
};

void tst_Bundle::redactsEachKind()
{
    QList<Redaction> redactions;
    const QByteArray clean =
        redactSecrets(plantedOverrides() + plantedLog(), QStringLiteral("all.txt"), redactions);
    for (const QByteArray &secret : kSecrets)
        QVERIFY2(!clean.contains(secret), secret.constData());
    QCOMPARE(
        clean.count(QByteArrayView("\n")),
        QByteArray(plantedOverrides() + plantedLog()).count(QByteArrayView("\n"))); // lines kept
    QStringList kinds;
    for (const Redaction &redaction : redactions) {
        kinds << redaction.kind;
        QCOMPARE(redaction.file, QStringLiteral("all.txt"));
        QVERIFY(redaction.line > 0);
    }
    for (const char *kind : {"encryption_key", "hash_salt", "password", "private_key",
                             "authorization", "client_key", "service_account_key"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(clean.contains("-----BEGIN PRIVATE KEY-----")); // the markers stay, the body goes
    QVERIFY(clean.contains("  REDACTED-BY-SNI-DOCTOR"));
}

// tests/data/secrets/shapes.json: [name, text, secret] rows, one shape each (README
// there). Each as it is, with CRLF line endings, and indented under a parent key.
void tst_Bundle::redactsEveryShape()
{
    const QJsonArray shapes =
        QJsonDocument::fromJson(readData(QStringLiteral("secrets/shapes.json"))).array();
    QVERIFY(shapes.size() >= 60);
    for (const QJsonValue &row : shapes) {
        const QString name = row[0].toString();
        const QByteArray text = row[1].toString().toUtf8();
        const QByteArray secret = row[2].toString().toUtf8();
        QVERIFY2(text.contains(secret), qPrintable(name));
        QByteArray crlf = text;
        crlf.replace("\r\n", "\n").replace("\n", "\r\n");
        for (const QByteArray &variant : {text, crlf}) {
            QList<Redaction> redactions;
            const QByteArray clean = redactSecrets(variant, QStringLiteral("x.txt"), redactions);
            QVERIFY2(!clean.contains(secret),
                     qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(clean)));
            QVERIFY2(!redactions.isEmpty(), qPrintable(name));
            for (const Redaction &redaction : redactions)
                QVERIFY2(redaction.removed > 0 && redaction.line > 0, qPrintable(name));
            QCOMPARE(clean.count('\n'), variant.count('\n')); // lines kept
            // A second pass finds nothing more: the marks are not secrets.
            QList<Redaction> again;
            const QByteArray twice = redactSecrets(clean, QStringLiteral("x.txt"), again);
            QVERIFY2(twice == clean, qPrintable(name + QStringLiteral(": ") + twice));
            QVERIFY2(again.isEmpty(), qPrintable(name));
        }
    }
}

// Random secret keys (case, separators, camelCase) with random values in random YAML
// and JSON shapes and line endings: none survives.
void tst_Bundle::redactsRandomShapes()
{
    QRandomGenerator random(20261202);
    const QStringList stems{
        "password", "passwd",         "pwd",         "secret",        "token",  "apikey",
        "api-key",  "x-api-key",      "private key", "credentials",   "auth",   "cookie",
        "salt",     "encryption key", "signature",   "client secret", "session"};
    auto spelled = [&](const QString &stem) {
        QStringList parts = stem.split(QLatin1Char(' '));
        const int style = random.bounded(4);
        if (random.bounded(2))
            parts.prepend(QStringLiteral("my"));
        QString key;
        for (int i = 0; i < parts.size(); ++i) {
            QString part = parts[i];
            if (style == 0)
                key += (i ? QStringLiteral("_") : QString()) + part.toUpper();
            else if (style == 1)
                key += (i ? QStringLiteral("-") : QString()) + part;
            else if (style == 2)
                key += i ? part.left(1).toUpper() + part.mid(1) : part;
            else
                key += (i ? QStringLiteral("_") : QString()) + part;
        }
        return key;
    };
    for (int round = 0; round < 400; ++round) {
        const QString key = spelled(stems[random.bounded(int(stems.size()))]);
        QString value = QStringLiteral("V%1").arg(random.generate64(), 0, 36);
        if (random.bounded(3) == 0)
            value += QStringLiteral(" with spaces");
        QString text;
        switch (random.bounded(8)) {
        case 0:
            text = QStringLiteral("%1: %2\n").arg(key, value);
            break;
        case 1:
            text = QStringLiteral("parent:\n  %1: \"%2\"\n").arg(key, value);
            break;
        case 2:
            text = QStringLiteral("%1: |\n  %2\nnext: 1\n").arg(key, value);
            break;
        case 3:
            text = QStringLiteral("%1:\n  %2\n").arg(key, value);
            break;
        case 4:
            text = QStringLiteral("m: {a: b, %1: '%2'}\n").arg(key, value);
            break;
        case 5:
            text = QStringLiteral("{\"%1\": \"%2\", \"n\": 1}").arg(key, value);
            break;
        case 6:
            text = QStringLiteral("{\"line\": \"{\\\"%1\\\":\\\"%2\\\"}\"}").arg(key, value);
            break;
        default:
            text = QStringLiteral("- name: n\n  %1: %2 # note\n").arg(key, value);
            break;
        }
        if (random.bounded(2))
            text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        QList<Redaction> redactions;
        const QByteArray clean = redactSecrets(text.toUtf8(), QStringLiteral("r"), redactions);
        const QByteArray secret = value.section(QLatin1Char(' '), 0, 0).toUtf8();
        QVERIFY2(!clean.contains(secret), qPrintable(text + QStringLiteral(" -> ") + clean));
    }
}

void tst_Bundle::keepsWhatIsNotSecret()
{
    QList<Redaction> redactions;
    const QByteArray text =
        "sslSecret: myorg-hyb-dev-grp-tls\ncredentialName: myorg-hyb-dev-grp\n"
        "tokenFile: /var/run/token\npassword: null\n"
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n";
    QCOMPARE(redactSecrets(text, QStringLiteral("x"), redactions), text);
    QVERIFY(redactions.isEmpty());
}

void tst_Bundle::zipHasEverythingAndNoSecret()
{
    QTemporaryDir dir;
    const QString logPath = writePlantedLog(dir);
    QVERIFY(!logPath.isEmpty());
    QList<Redaction> redactions;
    const QList<BundleFile> files = withOptional(bundleFiles(plantedCase(logPath), redactions));
    QStringList names;
    for (const BundleFile &file : files)
        names << file.name;
    for (const char *expected :
         {"report.md", "report.html", "diagnosis.json", "overrides/overrides.yaml",
          "overrides/diagnostics.json", "routes/kubectl-get-apigeeroutes.txt",
          "routes/describe-non-sni.yaml", "environment-groups.txt", "logs/analysis.json",
          "logs/ingress.log", "remediation/overrides.diff", "notes.txt"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted); // deterministic order

    const QString path = dir.filePath(QStringLiteral("case.zip"));
    CancelFlag control;
    const Result<BundleResult> written =
        writeBundle(path, files, redactions, {Step::Routes, Step::Logs, Step::Overrides},
                    BundleFormat::Zip, false, control);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
    const Unpacked unpacked = unpack(path, true);
    QVERIFY(unpacked.files.contains(QStringLiteral("manifest.json")));
    QVERIFY(unpacked.files.contains(QStringLiteral("redactions.json")));
    for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
        for (const QByteArray &secret : kSecrets)
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key() + QStringLiteral(" holds ") +
                                                              QString::fromLatin1(secret)));
    }
    // The manifest's checksums are the files'.
    const QJsonObject manifest =
        QJsonDocument::fromJson(unpacked.files.value(QStringLiteral("manifest.json"))).object();
    QCOMPARE(manifest[QStringLiteral("tool")].toString(), QStringLiteral("sni-doctor"));
    QVERIFY(!manifest[QStringLiteral("host_os")].toString().isEmpty());
    QCOMPARE(manifest[QStringLiteral("steps_run")].toArray().size(), 3);
    const QJsonArray listed = manifest[QStringLiteral("files")].toArray();
    QCOMPARE(listed.size(), unpacked.files.size() - 1);
    for (const QJsonValue &entry : listed) {
        const QString name = entry[QStringLiteral("name")].toString();
        QVERIFY2(unpacked.files.contains(name), qPrintable(name));
        QCOMPARE(entry[QStringLiteral("size")].toInteger(), unpacked.files.value(name).size());
        QCOMPARE(entry[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(unpacked.files.value(name),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
    }
    const QJsonArray redacted = QJsonDocument::fromJson(unpacked.files.value(
        QStringLiteral("redactions.json")))[QStringLiteral("redactions")]
                                    .toArray();
    QVERIFY(redacted.size() >= 8);
    QVERIFY(unpacked.files.value(QStringLiteral("report.html")).startsWith("<!DOCTYPE html>"));
    QVERIFY(
        unpacked.files.value(QStringLiteral("report.md")).contains("wildcard_route_not_attached"));
    QVERIFY(unpacked.files.value(QStringLiteral("routes/describe-non-sni.yaml"))
                .contains("enableNonSniClient: true"));
    // The table kubectl get apigeeroutes prints: NAME STATE AGE.
    const QByteArray table =
        unpacked.files.value(QStringLiteral("routes/kubectl-get-apigeeroutes.txt"));
    QVERIFY2(table.startsWith("NAME"), table.constData());
    QVERIFY(table.split('\n').first().contains("AGE"));
    QVERIFY(QRegularExpression(QStringLiteral("non-sni +running +\\d+d"))
                .match(QString::fromUtf8(table))
                .hasMatch());
}

// Every shape of tests/data/secrets planted in every input the bundle takes: the
// overrides (with one CRLF line, so the remediation's diff spans the whole file), the
// access log (its lines, its file name), the routes (names that are paths or markup),
// the environment groups, the notes. Both archive formats; every byte and every entry
// name searched for every value; the tool's own review accepts the bundle.
void tst_Bundle::everyInputEveryShape()
{
    const QJsonArray shapes =
        QJsonDocument::fromJson(readData(QStringLiteral("secrets/shapes.json"))).array();
    QList<QByteArray> secrets;
    QByteArray everything;
    for (const QJsonValue &row : shapes) {
        secrets << row[2].toString().toUtf8();
        everything += row[1].toString().toUtf8() + "\n";
    }
    const QByteArray yamlSecrets = "kvmEncryptionKey: czNjcjN0LW92LWt2bQ==\r\n"
                                   "cassandra:\n  auth:\n    default:\n      password: |\n"
                                   "        s3cr3t-ov-block\n"
                                   "    ddl: {username: ddl, password: \"s3cr3t ov flow\"}\n"
                                   "    admin:\n      password:\n        s3cr3t-ov-next\n"
                                   "httpProxy:\n  uri: http://u:s3cr3t-ov-url@proxy:3128\n"
                                   "hashSalt: 's3cr3t-ov-salt'\n";
    secrets << "czNjcjN0LW92LWt2bQ=="
            << "s3cr3t-ov-block"
            << "s3cr3t ov flow"
            << "s3cr3t-ov-next"
            << "s3cr3t-ov-url"
            << "s3cr3t-ov-salt"
            << "s3cr3t-fname-99"
            << "s3cr3t-group-98";
    const QByteArray overrides =
        readData(QStringLiteral("overrides/helm-two-envgroups.yaml")) + yamlSecrets;

    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("ingress-token=s3cr3t-fname-99.log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(plantedLog() + everything);
    log.close();

    CaseData data;
    OverridesContext context;
    context.wildcardRoute = QStringLiteral("non-sni");
    context.checkCertificates = false;
    data.setRecord(
        Step::Overrides,
        StepRecord(
            OverridesResult{validateOverrides(overrides, QStringLiteral("overrides.yaml"), context),
                            overrides},
            Origin::thisMachine({QStringLiteral("overrides.yaml")})));
    QByteArray routes = readData(QStringLiteral("routes/not-attached.yaml"));
    routes.replace("name: non-sni", "name: ../../../../tmp/x<script>alert(1)</script>");
    data.setRecord(
        Step::Routes,
        StepRecord(RoutesResult{parseApigeeRoutes(routes, QStringLiteral("routes.yaml")).value(),
                                std::nullopt,
                                {}},
                   Origin::thisMachine({QStringLiteral("routes.yaml")})));
    CancelFlag control;
    data.setRecord(Step::Logs, StepRecord(analyzeAccessLogFiles({logPath}, control).value(),
                                          Origin::thisMachine({logPath})));
    data.environmentGroups = {QStringLiteral("dev-grp"),
                              QStringLiteral("grp-password=s3cr3t-group-98")};
    data.notes = QString::fromUtf8(everything);

    QList<Redaction> redactions;
    const QList<BundleFile> files = withOptional(bundleFiles(data, redactions));
    bool diff = false;
    for (const BundleFile &file : files)
        diff = diff || file.name == QLatin1String("remediation/overrides.diff");
    QVERIFY(diff); // the fix was made, from the redacted text
    for (const bool zip : {true, false}) {
        const QString path = dir.filePath(zip ? QStringLiteral("p.zip") : QStringLiteral("p.tgz"));
        QVERIFY(writeBundle(path, files, redactions, {},
                            zip ? BundleFormat::Zip : BundleFormat::TarGz, true, control)
                    .ok());
        const Unpacked unpacked = unpack(path, zip);
        QVERIFY(unpacked.files.size() > 10);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray archive = raw.readAll(); // entry names as stored
        for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1String("..")) && !it.key().contains(u'<'),
                     qPrintable(it.key()));
            for (const QByteArray &secret : secrets) {
                QVERIFY2(!it.value().contains(secret),
                         qPrintable(it.key() + QStringLiteral(": ") + secret));
                QVERIFY2(!it.key().toUtf8().contains(secret), qPrintable(it.key()));
            }
        }
        for (const QByteArray &secret : secrets) {
            if (!zip)
                break; // gzip: the bytes are compressed
            QVERIFY2(!archive.contains(secret), secret.constData());
        }
        // Markup in a name is shown, not run: escaped in the text, literal only inside
        // code blocks (where Markdown shows it as written).
        QByteArray md = unpacked.files.value(QStringLiteral("report.md"));
        QByteArray prose;
        bool code = false;
        for (const QByteArray &line : md.split('\n')) {
            if (line.startsWith("```"))
                code = !code;
            else if (!code)
                prose += line + '\n';
        }
        QVERIFY2(!prose.contains("<script>"),
                 prose.mid(prose.indexOf("<script>") - 200, 300).constData());
        QVERIFY(prose.contains("&lt;script&gt;"));
        // analysis.json is still JSON: redaction kept its escapes
        QJsonParseError error;
        QJsonDocument::fromJson(unpacked.files.value(QStringLiteral("logs/analysis.json")), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // The tool's own review takes it as an intact bundle.
        const Result<Collection> collected = collectFiles({path}, control);
        QVERIFY(collected);
        QCOMPARE(collected.value().bundles.size(), 1);
        QVERIFY(collected.value().bundles.first().intact);
        // Each redaction says where and how much, never what.
        const QJsonArray listed = QJsonDocument::fromJson(unpacked.files.value(
            QStringLiteral("redactions.json")))[QStringLiteral("redactions")]
                                      .toArray();
        QVERIFY(listed.size() > 60);
        for (const QJsonValue &entry : listed) {
            QVERIFY(entry[QStringLiteral("characters_removed")].toInt() > 0);
            QVERIFY(!entry[QStringLiteral("rule")].toString().isEmpty());
        }
    }
}

// --include-capture: the capture goes in reduced. A real handshake (ethernet.pcap),
// then application data on it and a plaintext HTTP request with secrets: the reduced
// capture has every frame (tshark agrees), reviews to the same hellos and reactions,
// and holds no byte of application data. A capture without TLS is left out.
void tst_Bundle::captureReduced()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("mixed.pcap"));
    const QString plain = dir.filePath(QStringLiteral("plain.pcap"));
    {
        char errors[PCAP_ERRBUF_SIZE] = {};
        pcap_t *in = pcap_open_offline(SNI_DOCTOR_TEST_DATA "/captures/ethernet.pcap", errors);
        QVERIFY(in);
        pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
        pcap_dumper_t *out = pcap_dump_open(dead, QFile::encodeName(original).constData());
        pcap_dumper_t *plainOut = pcap_dump_open(dead, QFile::encodeName(plain).constData());
        pcap_pkthdr *header = nullptr;
        const unsigned char *data = nullptr;
        timeval last{};
        while (pcap_next_ex(in, &header, &data) == 1) {
            pcap_dump(reinterpret_cast<u_char *>(out), header, data);
            last = header->ts;
        }
        const QByteArray appData =
            QByteArray("\x17\x03\x03\x00\x20", 5) + "s3cr3t-cap-appdata-0123456789abc";
        const QByteArray http = "GET /v1/x?apikey=s3cr3t-cap-query HTTP/1.1\r\nHost: a\r\n"
                                "Authorization: Bearer s3cr3t-cap-bearer\r\n\r\n";
        const QList<QByteArray> frames{
            tcpFrame(1, 40000, 2, 443, 1000, 0x18, appData), // not a hello: an app record
            tcpFrame(1, 40001, 2, 80, 1, 0x02, {}), tcpFrame(1, 40001, 2, 80, 2, 0x18, http),
            tcpFrame(2, 80, 1, 40001, 9, 0x18, "HTTP/1.1 200 OK\r\nSet-Cookie: s3cr3t-cap-ck\r\n")};
        for (const QByteArray &frame : frames) {
            pcap_pkthdr h{};
            h.ts = last;
            h.caplen = h.len = bpf_u_int32(frame.size());
            pcap_dump(reinterpret_cast<u_char *>(out), &h,
                      reinterpret_cast<const u_char *>(frame.constData()));
            if (frame.contains("HTTP"))
                pcap_dump(reinterpret_cast<u_char *>(plainOut), &h,
                          reinterpret_cast<const u_char *>(frame.constData()));
        }
        pcap_dump_close(out);
        pcap_dump_close(plainOut);
        pcap_close(dead);
        pcap_close(in);
    }
    const QList<QByteArray> secrets{"s3cr3t-cap-appdata", "s3cr3t-cap-query", "s3cr3t-cap-bearer",
                                    "s3cr3t-cap-ck"};
    CancelFlag control;
    const Result<CaptureSummary> before = analyzeCapture(original, control);
    QVERIFY(before);
    QVERIFY(before.value().hellos.size() >= 2);

    CaseData data;
    data.setRecord(Step::Capture, StepRecord(before.value(), Origin::thisMachine({original})));
    QList<Redaction> redactions;
    const QList<BundleFile> files = withOptional(bundleFiles(data, redactions));
    const QString bundle = dir.filePath(QStringLiteral("capture.zip"));
    QVERIFY(writeBundle(bundle, files, redactions, {}, BundleFormat::Zip, false, control).ok());
    const Unpacked unpacked = unpack(bundle, true);
    const QString entry = QStringLiteral("capture/mixed-handshakes.pcap");
    QVERIFY2(unpacked.files.contains(entry), qPrintable(unpacked.files.keys().join(u' ')));
    for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
    }
    const QString reducedPath = dir.filePath(QStringLiteral("reduced.pcap"));
    QFile reducedFile(reducedPath);
    QVERIFY(reducedFile.open(QIODevice::WriteOnly));
    reducedFile.write(unpacked.files.value(entry));
    reducedFile.close();
    // The same frames, numbers and lengths on the wire, and SNIs, as tshark reads them.
    const QStringList tsharkOriginal = tsharkFrames(original);
    QCOMPARE(tsharkOriginal.size(), int(before.value().packets));
    QCOMPARE(tsharkFrames(reducedPath), tsharkOriginal);
    // The same step-3 result.
    const Result<CaptureSummary> after = analyzeCapture(reducedPath, control);
    QVERIFY(after);
    QCOMPARE(after.value().packets, before.value().packets);
    QCOMPARE(after.value().hellos.size(), before.value().hellos.size());
    for (int i = 0; i < int(before.value().hellos.size()); ++i) {
        const CaptureHello &a = before.value().hellos[i];
        const CaptureHello &b = after.value().hellos[i];
        QCOMPARE(b.frame, a.frame);
        QCOMPARE(b.sni, a.sni);
        QCOMPARE(int(b.reaction), int(a.reaction));
        QCOMPARE(b.reactionFrame, a.reactionFrame);
    }
    QVERIFY(unpacked.files.value(QStringLiteral("report.md")).contains("reduced"));

    // The same capture compressed: decompressed, then reduced the same way.
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-k"), original});
    QVERIFY(gzip.waitForFinished(30000) && gzip.exitCode() == 0);
    const Result<CaptureSummary> packed = analyzeCapture(original + QStringLiteral(".gz"), control);
    QVERIFY(packed);
    CaseData packedCase;
    packedCase.setRecord(Step::Capture, StepRecord(packed.value(), Origin::thisMachine({})));
    QList<Redaction> packedRedactions;
    const QString packedBundle = dir.filePath(QStringLiteral("packed.zip"));
    QVERIFY(writeBundle(packedBundle, withOptional(bundleFiles(packedCase, packedRedactions)),
                        packedRedactions, {}, BundleFormat::Zip, false, control)
                .ok());
    const Unpacked packedUnpacked = unpack(packedBundle, true);
    QCOMPARE(packedUnpacked.files.value(entry), unpacked.files.value(entry));

    // Only plaintext HTTP: not TLS, so not in the bundle at all.
    const Result<CaptureSummary> plainSummary = analyzeCapture(plain, control);
    QVERIFY(plainSummary);
    CaseData plainCase;
    plainCase.setRecord(Step::Capture,
                        StepRecord(plainSummary.value(), Origin::thisMachine({plain})));
    QList<Redaction> none;
    const QString plainBundle = dir.filePath(QStringLiteral("plain.zip"));
    QVERIFY(writeBundle(plainBundle, withOptional(bundleFiles(plainCase, none)), none, {},
                        BundleFormat::Zip, false, control)
                .ok());
    const Unpacked plainUnpacked = unpack(plainBundle, true);
    for (auto it = plainUnpacked.files.cbegin(); it != plainUnpacked.files.cend(); ++it) {
        QVERIFY2(!it.key().endsWith(QLatin1String(".pcap")), qPrintable(it.key()));
        for (const QByteArray &secret : secrets)
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
    }
}

// A gzip-compressed log with --include-logs: its text goes in, redacted (the secrets
// cannot be looked for inside compressed bytes), named without .gz.
void tst_Bundle::compressedLogAsText()
{
    QTemporaryDir dir;
    const QString plainPath = writePlantedLog(dir);
    QVERIFY(!plainPath.isEmpty());
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-9"), plainPath});
    QVERIFY(gzip.waitForFinished(30000) && gzip.exitCode() == 0);
    const QString logPath = plainPath + QStringLiteral(".gz");
    QList<Redaction> redactions;
    const QList<BundleFile> files = withOptional(bundleFiles(plantedCase(logPath), redactions));
    const QString path = dir.filePath(QStringLiteral("case.zip"));
    CancelFlag control;
    QVERIFY(writeBundle(path, files, redactions, {}, BundleFormat::Zip, false, control).ok());
    const Unpacked unpacked = unpack(path, true);
    const QByteArray log = unpacked.files.value(QStringLiteral("logs/ingress.log"));
    QVERIFY2(log.contains("filter_chain_not_found"), qPrintable(unpacked.files.keys().join(u' ')));
    QCOMPARE(log.count('\n'), plantedLog().count('\n'));
    for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
        for (const QByteArray &secret : kSecrets)
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
    }
}

void tst_Bundle::tarGzToo()
{
    QTemporaryDir dir;
    const QString logPath = writePlantedLog(dir);
    QVERIFY(!logPath.isEmpty());
    QList<Redaction> redactions;
    const QList<BundleFile> files = withOptional(bundleFiles(plantedCase(logPath), redactions));
    const QString path = dir.filePath(QStringLiteral("case.tar.gz"));
    CancelFlag control;
    QVERIFY(writeBundle(path, files, redactions, {}, BundleFormat::TarGz, false, control).ok());
    const Unpacked unpacked = unpack(path, false);
    QVERIFY(unpacked.files.contains(QStringLiteral("report.md")));
    for (auto it = unpacked.files.cbegin(); it != unpacked.files.cend(); ++it) {
        for (const QByteArray &secret : kSecrets)
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
    }
}

void tst_Bundle::noOverwriteAndNothingLeftOnCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.zip"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("the user's own file");
    existing.close();
    QList<Redaction> redactions;
    QList<BundleFile> files{
        BundleFile{QStringLiteral("a.txt"), "a", {}, 1, false, true, BundleFile::Kind::Text}};
    CancelFlag control;
    const auto refused =
        writeBundle(path, files, redactions, {}, BundleFormat::Zip, false, control);
    QCOMPARE(refused.error().id(), QStringLiteral("bundle_exists"));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("the user's own file"));
    check.close();
    QVERIFY(writeBundle(path, files, redactions, {}, BundleFormat::Zip, true, control)
                .ok()); // confirmed

    const QString other = dir.filePath(QStringLiteral("canceled.zip"));
    CancelFlag canceled;
    canceled.cancel();
    QCOMPARE(
        writeBundle(other, files, redactions, {}, BundleFormat::Zip, false, canceled).error().id(),
        QStringLiteral("bundle_canceled"));
    QVERIFY(!QFile::exists(other));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("case.zip")}); // no leftovers
}

// The one-page verdict: the verdict, what the fix changes, each step run with its source,
// the steps not collected with the commands to ask for, the notes; never a secret.
void tst_Bundle::verdictSheetSaysWhatSupportNeeds()
{
    QTemporaryDir dir;
    const QString logPath = writePlantedLog(dir);
    QVERIFY(!logPath.isEmpty());
    const CaseData data = plantedCase(logPath);
    const QList<ReportBlock> sheet = verdictSheet(data);
    QString markdown; // every text of the sheet, as the page renders it
    for (const ReportBlock &block : sheet) {
        markdown += block.text + QLatin1Char('\n') + block.items.join(QLatin1Char('\n'));
        for (const QStringList &row : block.rows)
            markdown += QLatin1Char('\n') + row.join(QLatin1Char('|'));
        markdown += QLatin1Char('\n');
    }
    const Diagnosis diagnosis = diagnose(data);
    QVERIFY2(markdown.contains(diagnosisTitle(diagnosis)), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("What the fix changes")));
    QVERIFY(markdown.contains(QStringLiteral("additionalGateways")));
    // Each step run, with its verdict and the file it came from.
    for (Step step : {Step::Logs, Step::Routes, Step::Overrides}) {
        QVERIFY2(markdown.contains(stepLabel(step)), qPrintable(stepLabel(step)));
        QVERIFY(markdown.contains(stepModule(step).verdict(*data.record(step)).left(40)));
    }
    QVERIFY(markdown.contains(QStringLiteral("routes.yaml")));
    // Not collected: the capture and the probe, with the commands to ask for.
    QVERIFY(markdown.contains(QStringLiteral("Not collected")));
    for (Step step : {Step::Capture, Step::Probe}) {
        QVERIFY(markdown.contains(stepLabel(step)));
        for (const QString &command : stepInfo(step).askFor)
            QVERIFY2(markdown.contains(command), qPrintable(command));
    }
    // The notes, redacted.
    QVERIFY(markdown.contains(QStringLiteral("mainframe client broke on Monday")));
    QVERIFY2(!markdown.contains(QStringLiteral("hunter2-planted")), qPrintable(markdown));
    for (const QByteArray &secret : kSecrets)
        QVERIFY2(!markdown.contains(QString::fromLatin1(secret)), secret.constData());
}

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_bundle.moc"
