#pragma once

#include "cluster/apigeeroute.h"
#include "core/finding.h"
#include "overrides/hybridschema.h"
#include "probe/certificateinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// One problem (or note) in an overrides.yaml, where it is. The code is stable (tests,
// JSON, editors); args are language-neutral data that overridesMessage() turns into a
// sentence in the user's language at display time.
struct OverridesDiagnostic
{
    Severity severity = Severity::Error;
    int line = 0;      // 1-based; 0 = the file as a whole
    int column = 0;    // 1-based, in characters
    int endColumn = 0; // 1-based, one past the span's last character; 0 = unknown
    QString path;      // YAML path, e.g. "virtualhosts[0].additionalGateways"
    QString code;
    Args args;
};

// A value that must never leave the machine unredacted (a private key, an encryption
// key, a password, a hash salt): where it is and what kind, never the value.
struct SensitiveValue
{
    int line = 0;    // 1-based
    int endLine = 0; // last line of the value (a PEM block spans several)
    QString path;
    QString kind; // private_key, encryption_key, password, hash_salt
};

// A virtual host as the file writes it: what the remediation and the Fix need.
struct OverridesVirtualHost
{
    int index = 0;
    QString name;
    int line = 0;   // of its name key (1-based); of the entry when it has no name
    int column = 0; // of its name key
    QHash<QString, QString> selector;
    bool hasAdditionalGateways = false;
    QStringList additionalGateways;
    QString sslSecret;
};

// A certificate file the overrides name, as found: never the key.
struct OverridesCertificate
{
    QString path; // YAML path of the key that names it
    QString file; // resolved absolute path
    QList<CertificateInfo> chain;
};

// What the validator knows besides the file.
struct OverridesContext
{
    QString
        wildcardRoute; // the non-SNI route, named by the user; empty: the routes' wildcard route
    // The ApigeeRoutes known (cluster or saved kubectl output): their names check
    // additionalGateways, and each virtual-host route (named ORG-ENVGROUP-HASH) gives
    // the host names its certificate must cover. Empty when unknown.
    std::optional<QList<ApigeeRoute>> routes;
    QString chartDir;              // Helm's chart folder (certs/ inside); empty: guessed
    QDateTime now;                 // invalid: the current time
    bool checkCertificates = true; // read the certificate files (offline review may not have them)
    // The hybrid release and layout the file is for; unset: found from the file.
    std::optional<HybridVersion> version;
    std::optional<HybridLayout> layout;
};

struct OverridesReport
{
    QString file;
    QList<OverridesDiagnostic> diagnostics; // in file order
    QList<SensitiveValue> sensitive;
    QList<OverridesVirtualHost> virtualHosts;
    QList<OverridesCertificate> certificates;
    QString org;
    // The release and layout the file was checked as: given, or found from its keys.
    HybridVersion version;
    HybridLayout layout = HybridLayout::Helm;
    bool versionGiven = false;
    bool layoutGiven = false;
    int versionLow = 0; // the releases that read every key of the file (minor numbers)
    int versionHigh = 0;

    [[nodiscard]] int count(Severity severity) const;
};

// Validates an Apigee hybrid overrides.yaml (as its Helm charts and apigeectl read it) given as
// text; fileName names it in diagnostics and anchors relative certificate paths.
// Bounded: files over 8 MiB, nesting deeper than 64 levels and alias expansion past a
// node budget end in a diagnostic, never a crash or a hang. Pure apart from reading
// the certificate files.
[[nodiscard]] OverridesReport validateOverrides(const QByteArray &text, const QString &fileName,
                                                const OverridesContext &context);

// The diagnostic as a sentence in the current language.
[[nodiscard]] QString overridesMessage(const OverridesDiagnostic &diagnostic);
[[nodiscard]] QString overridesMessage(const QString &code, const Args &args);
// The report in one sentence: errors, else warnings, else valid. wildcardKnown: the
// validator knew the wildcard route, so additionalGateways was checked.
[[nodiscard]] QString overridesVerdict(const OverridesReport &report, bool wildcardKnown);

// What runbook step 6 found: the validation of an overrides.yaml and the text it was
// made from (redacted when it came from a bundle).
struct OverridesResult
{
    OverridesReport report;
    QByteArray text;
};

// The overrides with route added to additionalGateways of every virtual host that
// lacks it, keeping the rest of the text (comments, indentation, quoting, line
// endings) as it was: a block list gets a new "- route" line under its last item, a
// flow list gets ", route", an empty value becomes [route], and a virtual host
// without the key gets one after its name. Virtual hosts that cannot be edited safely
// (written as flow maps, without a name, a scalar where the list belongs) are left
// alone and listed in skippedHosts. The caller re-validates the result.
struct OverridesFix
{
    QByteArray text;
    QStringList fixedHosts;
    QStringList skippedHosts; // could not be edited safely: fix them by hand
};
[[nodiscard]] OverridesFix addAdditionalGateway(const QByteArray &text, const QString &route);

} // namespace SniDoctor
