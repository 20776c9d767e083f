// The support bundle: each kind of secret planted in every input and searched for in
// every decompressed byte (unzip, tar), checksums of the manifest checked against the
// files, atomic writing, no overwrite without consent, nothing left by a cancel.
#include "accesslog/accessloganalyzer.h"
#include "bundle/bundle.h"
#include "cluster/routesresult.h"
#include "core/taskcontrol.h"
#include "overrides/overridesvalidator.h"

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

QList<BundleFile> withOptional(QList<BundleFile> files)
{
    for (BundleFile &file : files)
        file.included = true;
    return files;
}

} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsEachKind();
    void keepsWhatIsNotSecret();
    void zipHasEverythingAndNoSecret();
    void tarGzToo();
    void noOverwriteAndNothingLeftOnCancel();
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
    const QString logPath = dir.filePath(QStringLiteral("ingress.log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(plantedLog());
    log.close();
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

void tst_Bundle::tarGzToo()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("ingress.log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(plantedLog());
    log.close();
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

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_bundle.moc"
