#include "bundle/bundle.h"

#include <QRegularExpression>

namespace SniDoctor {

namespace {

// Keys whose value is a secret wherever they appear (YAML or JSON). Names such as
// sslSecret or credentialName name a Kubernetes Secret: they are not secrets.
const QString kSecretKeys =
    QStringLiteral("token|id-token|refresh-token|access-token|access_token|refresh_token|password|"
                   "passwd|client-key-data|"
                   "[A-Za-z]*EncryptionKey|axHashSalt|private_key|private_key_id");

QString kindOf(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.endsWith(QLatin1String("encryptionkey")))
        return QStringLiteral("encryption_key");
    if (lower == QLatin1String("axhashsalt"))
        return QStringLiteral("hash_salt");
    if (lower == QLatin1String("client-key-data"))
        return QStringLiteral("client_key");
    if (lower.startsWith(QLatin1String("private_key")))
        return QStringLiteral("service_account_key");
    if (lower.contains(QLatin1String("pass")))
        return QStringLiteral("password");
    return QStringLiteral("token");
}

} // namespace

QByteArray redactSecrets(const QByteArray &text, const QString &file, QList<Redaction> &redactions)
{
    static const QRegularExpression jsonPair(
        QStringLiteral(R"re("(%1)"\s*:\s*"(?:[^"\\]|\\.)*")re").arg(kSecretKeys));
    static const QRegularExpression yamlPair(
        QStringLiteral(
            R"re(^(\s*(?:-\s+)?["']?)(%1)(["']?\s*:[ \t]+)(?![|>][-+0-9]*\s*$)(?!null\s*$|~\s*$|""\s*$|''\s*$)(\S.*?)(\s+#.*)?$)re")
            .arg(kSecretKeys));
    static const QRegularExpression authorization(
        QStringLiteral(R"re((authorization"?\s*[:=]\s*"?)(?:bearer\s+|basic\s+)?[^\s",}]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    // "key: value" inside other text (a log line quoted in JSON, a message).
    static const QRegularExpression loosePair(
        QStringLiteral(
            R"re((?<![A-Za-z0-9_-])(%1)(["']?\s*[:=]\s*)(?!REDACTED)(?!"REDACTED")(?!null\b)(?!~)([^\s",}]{4,}))re")
            .arg(kSecretKeys));
    static const QRegularExpression pemBegin(
        QStringLiteral(R"(-----BEGIN ([A-Z ]*)PRIVATE KEY-----)"));
    static const QRegularExpression pemEnd(QStringLiteral(R"(-----END ([A-Z ]*)PRIVATE KEY-----)"));

    QList<QByteArray> lines = text.split('\n');
    bool inKey = false;
    for (qsizetype row = 0; row < lines.size(); ++row) {
        QByteArray &raw = lines[row];
        const bool cr = raw.endsWith('\r');
        QString line = QString::fromUtf8(cr ? raw.chopped(1) : raw);
        const QString before = line;
        auto record = [&](const QString &kind) {
            redactions.append(Redaction{file, int(row) + 1, kind});
        };
        if (inKey) {
            if (pemEnd.match(line).hasMatch()) {
                inKey = false;
            } else {
                // The key's body: the line keeps its indentation, loses its content.
                qsizetype indent = 0;
                while (indent < line.size() && line[indent].isSpace())
                    ++indent;
                line = line.left(indent) + QStringLiteral("REDACTED-BY-SNI-DOCTOR");
            }
        } else if (const QRegularExpressionMatch begin = pemBegin.match(line); begin.hasMatch()) {
            record(QStringLiteral("private_key"));
            const QRegularExpressionMatch end = pemEnd.match(line, begin.capturedEnd());
            if (end.hasMatch()) {
                // BEGIN and END on one line (a JSON string with \n escapes): the body goes.
                line = line.left(begin.capturedEnd()) + QStringLiteral("REDACTED-BY-SNI-DOCTOR") +
                       line.mid(end.capturedStart());
            } else {
                inKey = true;
            }
        }
        if (!inKey || line != before) {
            for (auto it = jsonPair.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                record(kindOf(match.captured(1)));
            }
            line.replace(jsonPair, QStringLiteral(R"re("\1": "REDACTED")re"));
            if (const QRegularExpressionMatch match = yamlPair.match(line);
                match.hasMatch() && !match.captured(4).startsWith(QLatin1String("\"REDACTED\"")) &&
                match.captured(4) != QLatin1String("REDACTED")) {
                record(kindOf(match.captured(2)));
                line = match.captured(1) + match.captured(2) + match.captured(3) +
                       QStringLiteral("REDACTED") + match.captured(5);
            }
            for (auto it = loosePair.globalMatch(line); it.hasNext();)
                record(kindOf(it.next().captured(1)));
            line.replace(loosePair, QStringLiteral(R"re(\1\2REDACTED)re"));
            if (authorization.match(line).hasMatch()) {
                record(QStringLiteral("authorization"));
                line.replace(authorization, QStringLiteral(R"re(\1REDACTED)re"));
            } else if (bearer.match(line).hasMatch()) {
                record(QStringLiteral("token"));
                line.replace(bearer, QStringLiteral(R"re(\1 REDACTED)re"));
            }
        }
        if (line != before)
            raw = line.toUtf8() + (cr ? "\r" : "");
    }
    return lines.join('\n');
}

} // namespace SniDoctor
