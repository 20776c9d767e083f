#include "bundle/bundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <optional>

// Redaction in two layers. By structure: a JSON text is scanned token by token (its
// layout kept byte for byte) and the value of every key named like a secret replaced,
// whatever it holds; every other string is unescaped, redacted by text and escaped
// again (a log line kept as a JSON string is redacted as the line it was). Any other
// text is read line by line as YAML would be: a secret key's value is replaced on its
// line, in a block scalar (| or >), on the next lines, in a flow map, in a quoted
// string that goes on. Then, on every line of every text, the rules for what has no
// structure: pairs inside other text (k=v, "k": "v", k: v), Authorization and cookie
// headers of any scheme, Bearer/Basic credentials, URL user info, query parameters,
// JWTs, Google API keys, PEM private keys (also base64-encoded once).

namespace SniDoctor {

namespace {

const QString kMark = QStringLiteral("REDACTED");

QString normalized(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The words of a key: split at _ - . space and at a lower-to-upper change (camelCase).
QStringList words(QStringView key)
{
    QStringList list;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                list << word;
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty() && i > 0 && key[i - 1].isLower()) {
            list << word;
            word.clear();
        }
        word += c.toLower();
    }
    if (!word.isEmpty())
        list << word;
    return list;
}

bool endsWithAny(const QString &text, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes) {
        if (text.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

} // namespace

QString secretKeyKind(QStringView key)
{
    const QString n = normalized(key);
    if (n.isEmpty() || n.size() > 80)
        return {};
    // Names of secrets, paths, lifetimes, switches: what support needs to read.
    if (endsWithAny(n, {"name",
                        "names",
                        "secretref",
                        "secretrefs",
                        "sslsecret",
                        "path",
                        "file",
                        "dir",
                        "ttl",
                        "timeout",
                        "expiry",
                        "expiration",
                        "expirationtimestamp",
                        "lifetime",
                        "duration",
                        "enabled",
                        "type",
                        "url",
                        "uri",
                        "endpoint",
                        "length",
                        "provider",
                        "affinity",
                        "affinityconfig",
                        "mode",
                        "version",
                        "count",
                        "format",
                        "header",
                        "headername"}) ||
        n == QLatin1String("certificateauthoritydata") || n == QLatin1String("authority"))
        return {};
    if (n.contains(QLatin1String("encryptionkey")))
        return QStringLiteral("encryption_key");
    if (n.contains(QLatin1String("salt")))
        return QStringLiteral("hash_salt");
    if (n == QLatin1String("clientkeydata") || n == QLatin1String("clientkey"))
        return QStringLiteral("client_key");
    if (n.startsWith(QLatin1String("privatekey")))
        return QStringLiteral("service_account_key");
    if (n.contains(QLatin1String("password")) || n.contains(QLatin1String("passwd")) ||
        n.contains(QLatin1String("pwd")) || n.contains(QLatin1String("passphrase")))
        return QStringLiteral("password");
    if (n.contains(QLatin1String("apikey")))
        return QStringLiteral("api_key");
    if (n.contains(QLatin1String("cookie")))
        return QStringLiteral("cookie");
    if (n.contains(QLatin1String("authorization")))
        return QStringLiteral("authorization");
    if (n.contains(QLatin1String("secret")) || n.contains(QLatin1String("credential")) ||
        n.contains(QLatin1String("privatekey")) || n.contains(QLatin1String("accesskey")) ||
        n.contains(QLatin1String("signature")))
        return QStringLiteral("secret");
    if (n.contains(QLatin1String("token")) || n.contains(QLatin1String("bearer")))
        return QStringLiteral("token");
    for (const QString &word : words(key)) {
        if (word == QLatin1String("auth") || word == QLatin1String("oauth") ||
            word == QLatin1String("sig") || word == QLatin1String("session") ||
            word == QLatin1String("sessionid") || word == QLatin1String("authkey") ||
            word == QLatin1String("authtoken"))
            return QStringLiteral("secret");
    }
    return {};
}

namespace {

// Keys under a secret that name who, not what: kept (client_email, username, ...).
bool identityKey(QStringView key)
{
    const QString n = normalized(key);
    return n == QLatin1String("username") || n == QLatin1String("user") ||
           n == QLatin1String("name") || n == QLatin1String("email") ||
           n == QLatin1String("clientemail") || n == QLatin1String("kind") ||
           n == QLatin1String("apiversion") || n == QLatin1String("type");
}

// A value that holds nothing to hide.
bool emptyValue(QStringView value)
{
    const QStringView v = value.trimmed();
    return v.isEmpty() || v == u"null" || v == u"~" || v == u"\"\"" || v == u"''" || v == u"true" ||
           v == u"false" || v == u"{}" || v == u"[]" || v.startsWith(u'*') || v == kMark ||
           v == u"\"REDACTED\"" || v == u"'REDACTED'" || v.startsWith(u"REDACTED-BY-SNI-DOCTOR");
}

// How far a value without quotes goes: a YAML block value to the line's end (or its
// comment), a value in a flow map or in other text to the next , } or ], a word (k=v)
// to a space or a delimiter.
enum class Reach
{
    Block,
    Flow,
    Word
};

// Where a value that starts at from ends on the line: a quoted string to its closing
// quote (escapes understood, also one level of JSON escaping), else as reach says.
qsizetype valueEnd(const QString &line, qsizetype from, Reach reach, bool *closed = nullptr)
{
    if (closed)
        *closed = true;
    if (from >= line.size())
        return from;
    if (line.mid(from, 2) == QLatin1String("\\\"")) {
        const qsizetype end = line.indexOf(QLatin1String("\\\""), from + 2);
        return end < 0 ? line.size() : end + 2;
    }
    const QChar quote = line[from];
    if (quote == u'"' || quote == u'\'') {
        for (qsizetype i = from + 1; i < line.size(); ++i) {
            if (quote == u'"' && line[i] == u'\\') {
                ++i;
                continue;
            }
            if (line[i] == quote) {
                if (quote == u'\'' && i + 1 < line.size() && line[i + 1] == u'\'') {
                    ++i; // '' inside a single-quoted YAML string
                    continue;
                }
                return i + 1;
            }
        }
        if (closed)
            *closed = false;
        return line.size();
    }
    qsizetype i = from;
    while (i < line.size()) {
        const QChar c = line[i];
        if (c == u'#' && i > from && line[i - 1].isSpace())
            break;
        if (reach != Reach::Block &&
            (c == u',' || c == u'}' || c == u']' || c == u'"' || c == u'\\'))
            break;
        if (reach == Reach::Word && (c.isSpace() || c == u'&' || c == u';'))
            break;
        ++i;
    }
    while (reach != Reach::Word && i > from && line[i - 1].isSpace())
        --i;
    return i;
}

// The replacement of a value, in its own quoting.
QString markFor(QStringView value)
{
    if (value.startsWith(u"\\\""))
        return QStringLiteral("\\\"REDACTED\\\"");
    if (value.startsWith(u'"'))
        return QStringLiteral("\"REDACTED\"");
    if (value.startsWith(u'\''))
        return QStringLiteral("'REDACTED'");
    return kMark;
}

class TextRedactor
{
public:
    TextRedactor(const QString &file, QList<Redaction> &redactions)
        : m_file(file)
        , m_redactions(redactions)
    {}

    // YAML anchors whose aliases stand where a secret goes (password: *pw): the value
    // at &pw is a secret wherever it is written.
    void setSecretAnchors(const QSet<QString> &anchors) { m_anchors = anchors; }

    // The rules for text without structure, on one line (row: 1-based, 0 for none).
    QString line(QString text, int row)
    {
        if (!m_anchors.isEmpty() && text.contains(u'&'))
            anchored(text, row);
        if (text.size() > 1 << 20)
            return text; // a megabyte on one line: rules below are linear, but keep it sane
        // Each rule only where its mark is: most lines of a large log have none.
        if (text.contains(QLatin1String("://")))
            urlUserInfo(text, row);
        const bool pairMark = text.contains(u':') || text.contains(u'=');
        if (pairMark)
            headers(text, row);
        if (pairMark)
            pairs(text, row);
        if (text.contains(QLatin1String("--")) || text.contains(QLatin1String(" -")))
            flags(text, row);
        if (text.contains(u'<'))
            tags(text, row);
        if (text.contains(QLatin1String("machine")) || text.contains(QLatin1String("login")))
            netrc(text, row);
        if (text.contains(QLatin1String("-----BEGIN")))
            pem(text, row);
        if (text.contains(QLatin1String("bearer"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("basic"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("digest"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("negotiate"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("ntlm"), Qt::CaseInsensitive))
            schemes(text, row);
        if (text.contains(u'='))
            queries(text, row);
        if (text.contains(QLatin1String("eyJ")) || text.contains(QLatin1String("AIza")) ||
            text.contains(QLatin1String("LS0tLS1")) || text.contains(QLatin1String("ya29.")))
            shapes(text, row);
        return text;
    }
    void record(int row, const QString &kind, qsizetype removed)
    {
        m_redactions.append(Redaction{m_file, row, kind, int(removed)});
    }
    [[nodiscard]] bool inPem() const { return m_inPem; }
    // A line inside a PEM private key's body.
    QString pemBody(const QString &text, int row)
    {
        static const QRegularExpression end(QStringLiteral("-----END [A-Z0-9 ]*PRIVATE KEY-----"));
        if (end.match(text).hasMatch()) {
            m_inPem = false;
            return text;
        }
        qsizetype indent = 0;
        while (indent < text.size() && (text[indent].isSpace() || text[indent] == u'"'))
            ++indent;
        if (text.mid(indent).startsWith(QLatin1String("REDACTED-BY-SNI-DOCTOR")))
            return text;
        record(row, QStringLiteral("private_key"), text.size() - indent);
        return text.left(indent) + QStringLiteral("REDACTED-BY-SNI-DOCTOR");
    }

private:
    void replace(QString &text, qsizetype from, qsizetype to, const QString &with, int row,
                 const QString &kind)
    {
        record(row, kind, to - from);
        text.replace(from, to - from, with);
    }

    void pem(QString &text, int row)
    {
        static const QRegularExpression begin(
            QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----"));
        static const QRegularExpression end(QStringLiteral("-----END [A-Z0-9 ]*PRIVATE KEY-----"));
        qsizetype from = 0;
        while (true) {
            const QRegularExpressionMatch b = begin.match(text, from);
            if (!b.hasMatch())
                return;
            const QRegularExpressionMatch e = end.match(text, b.capturedEnd());
            if (!e.hasMatch()) {
                m_inPem = true; // the body is on the next lines
                const qsizetype cut = b.capturedEnd();
                if (text.size() > cut && text.mid(cut).trimmed().size() > 1)
                    replace(text, cut, text.size(), QString(), row, QStringLiteral("private_key"));
                return;
            }
            const QString body = text.mid(b.capturedEnd(), e.capturedStart() - b.capturedEnd());
            if (!body.contains(QLatin1String("REDACTED-BY-SNI-DOCTOR")))
                replace(text, b.capturedEnd(), e.capturedStart(),
                        QStringLiteral("REDACTED-BY-SNI-DOCTOR"), row,
                        QStringLiteral("private_key"));
            const QRegularExpressionMatch after = end.match(text, b.capturedEnd());
            from = after.hasMatch() ? after.capturedEnd() : text.size();
        }
    }

    // What a rule cuts out of the text it matched: [start, end) becomes with.
    struct Cut
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString with;
        QString kind;
    };
    static Cut group(const QRegularExpressionMatch &m, int n, const QString &kind,
                     const QString &with = kMark)
    {
        return Cut{m.capturedStart(n), m.capturedEnd(n), with, kind};
    }

    // Each match of pattern in order: decide says what to cut, or nothing; the scan
    // goes on after the replacement (or after the match).
    template <typename Decide>
    void cutEach(QString &text, int row, const QRegularExpression &pattern, Decide decide)
    {
        for (qsizetype from = 0;;) {
            const QRegularExpressionMatch m = pattern.match(text, from);
            if (!m.hasMatch())
                return;
            from = m.capturedEnd();
            const std::optional<Cut> cut = decide(m);
            if (!cut)
                continue;
            replace(text, cut->start, cut->end, cut->with, row, cut->kind);
            from = cut->start + cut->with.size();
        }
    }

    void urlUserInfo(QString &text, int row)
    {
        static const QRegularExpression url(QStringLiteral(
            R"re(\b([A-Za-z][A-Za-z0-9+.-]{0,15}://)([^/\s:@"'<>]*):([^@\s/"'<>]+)@)re"));
        cutEach(text, row, url, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            if (m.captured(3) == kMark)
                return std::nullopt;
            return group(m, 3, QStringLiteral("url_password"));
        });
    }

    // "Authorization: Digest ...", "cookie": "a=b; c=d": the whole value, any scheme.
    void headers(QString &text, int row)
    {
        static const QRegularExpression header(
            QStringLiteral(
                R"re((?<![A-Za-z0-9_-])((?:proxy[-_])?authorization|(?:set[-_])?cookie|x[-_]api[-_]key|x[-_]goog[-_]api[-_]key|x[-_]auth[-_]token|api[-_]?key)(\\?["']?)(\s*[:=]\s*))re"),
            QRegularExpression::CaseInsensitiveOption);
        cutEach(text, row, header, [&text](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            const qsizetype start = m.capturedEnd();
            qsizetype end;
            const QStringView rest = QStringView(text).mid(start);
            if (rest.startsWith(u"\\\"") || rest.startsWith(u'"') || rest.startsWith(u'\'')) {
                end = valueEnd(text, start, Reach::Flow);
            } else if (m.captured(2).isEmpty() && !m.captured(3).contains(u'=')) {
                end = text.size(); // a header line: to its end
                while (end > start && text[end - 1].isSpace())
                    --end;
            } else {
                end = valueEnd(text, start, Reach::Word);
            }
            const QString value = text.mid(start, end - start);
            if (emptyValue(value) || value == QLatin1String("-") ||
                value == QLatin1String("\"-\"") || value.contains(QLatin1String("REDACTED")))
                return std::nullopt;
            const QString kind = secretKeyKind(m.captured(1));
            return Cut{start, end, markFor(value),
                       kind.isEmpty() ? QStringLiteral("authorization") : kind};
        });
    }

    // key=value, key: value, "key": "value" inside other text, the key named like a secret.
    void pairs(QString &text, int row)
    {
        static const QRegularExpression pair(QStringLiteral(
            R"re((?<![A-Za-z0-9_.-])([A-Za-z][A-Za-z0-9_.-]{1,79})(\\?["']?)(\s*(?::|=)\s*))re"));
        cutEach(text, row, pair, [&text](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            const QString kind = secretKeyKind(m.captured(1));
            if (kind.isEmpty())
                return std::nullopt;
            const qsizetype start = m.capturedEnd();
            if (start < text.size() && (text[start] == u'{' || text[start] == u'['))
                return std::nullopt; // a map or list: its own keys decide
            // Inside a flow map ({user: u, password: A B C}) a value runs to its , or };
            // in prose it is one word.
            const qsizetype open = text.lastIndexOf(u'{', m.capturedStart());
            const bool flow = open >= 0 && text.indexOf(u'}', open) < 0
                                  ? true
                                  : open >= 0 && text.indexOf(u'}', open) > m.capturedStart();
            const qsizetype end = valueEnd(
                text, start, m.captured(3).contains(u':') && flow ? Reach::Flow : Reach::Word);
            const QString value = text.mid(start, end - start);
            if (emptyValue(value) || value.contains(QLatin1String("REDACTED")) ||
                value.startsWith(u'!') || value.startsWith(u'&'))
                return std::nullopt; // a YAML tag or anchor: the value after it was seen to
            if (m.captured(3).trimmed() == QLatin1String(":") && m.captured(2).isEmpty() &&
                value.size() < 3)
                return std::nullopt;
            return Cut{start, end, markFor(value), kind};
        });
    }

    void anchored(QString &text, int row)
    {
        static const QRegularExpression anchor(
            QStringLiteral(R"re((?:^|[\s:,\[{-])&([A-Za-z0-9_.-]+)[ \t]+(?=\S))re"));
        cutEach(text, row, anchor, [&](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            if (!m_anchors.contains(m.captured(1)))
                return std::nullopt;
            const qsizetype start = m.capturedEnd();
            const bool flow =
                text.lastIndexOf(u'{', start) >= 0 || text.lastIndexOf(u'[', start) >= 0;
            const qsizetype end = valueEnd(text, start, flow ? Reach::Flow : Reach::Block);
            const QString value = text.mid(start, end - start);
            if (emptyValue(value) || value.startsWith(u'{') || value.startsWith(u'[') ||
                value.startsWith(u'|') || value.startsWith(u'>'))
                return std::nullopt;
            return Cut{start, end, markFor(value), QStringLiteral("secret")};
        });
    }

    // Command-line options: --password=x, --token x, -p x is too short to tell.
    void flags(QString &text, int row)
    {
        static const QRegularExpression flag(QStringLiteral(
            R"re((?:^|\s)--?([A-Za-z][A-Za-z0-9_-]{1,60})(=|\s+)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'-][^\s"']*))re"));
        cutEach(text, row, flag, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            const QString kind = secretKeyKind(m.captured(1));
            const QString value = m.captured(3);
            if (kind.isEmpty() || emptyValue(value) || value.contains(QLatin1String("REDACTED")))
                return std::nullopt;
            return group(m, 3, kind, markFor(value));
        });
    }

    // A .netrc line: "machine host login user password SECRET" (also passwd, account).
    void netrc(QString &text, int row)
    {
        static const QRegularExpression netrcLine(
            QStringLiteral(R"re(\b(?:machine|login|default)\s)re"));
        static const QRegularExpression secret(
            QStringLiteral(R"re(\b(password|passwd|account)\s+(\S+))re"));
        if (!netrcLine.match(text).hasMatch())
            return;
        cutEach(text, row, secret, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            if (m.captured(2).startsWith(QLatin1String("REDACTED")))
                return std::nullopt;
            return group(m, 2, QStringLiteral("password"));
        });
    }

    // <password>x</password>, <apiKey>x</apiKey>: XML and HTML elements named like a secret.
    void tags(QString &text, int row)
    {
        static const QRegularExpression tag(
            QStringLiteral(R"re(<([A-Za-z][A-Za-z0-9_.:-]{1,60})(?:\s[^>]*)?>([^<]+)</\1>)re"));
        cutEach(text, row, tag, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            QString name = m.captured(1);
            name = name.mid(name.lastIndexOf(u':') + 1); // a namespace prefix
            const QString kind = secretKeyKind(name);
            if (kind.isEmpty() || emptyValue(m.captured(2)) || m.captured(2) == kMark)
                return std::nullopt;
            return group(m, 2, kind);
        });
    }

    void schemes(QString &text, int row)
    {
        static const QRegularExpression scheme(
            QStringLiteral(
                R"re(\b(Bearer|Basic|Digest|Negotiate|NTLM)\s+([A-Za-z0-9._~+/=:-]{6,}))re"),
            QRegularExpression::CaseInsensitiveOption);
        cutEach(text, row, scheme, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            if (m.captured(2).startsWith(QLatin1String("REDACTED")))
                return std::nullopt;
            return group(m, 2, QStringLiteral("authorization"));
        });
    }

    void queries(QString &text, int row)
    {
        static const QRegularExpression query(
            QStringLiteral(R"re([?&;]([A-Za-z_][A-Za-z0-9_.-]{0,63})=([^&\s"'#<>\\]+))re"));
        cutEach(text, row, query, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            const QString name = m.captured(1).toLower();
            const bool secret = !secretKeyKind(m.captured(1)).isEmpty() ||
                                name == QLatin1String("key") || name == QLatin1String("code") ||
                                name == QLatin1String("sig") || name == QLatin1String("pass") ||
                                name == QLatin1String("pw") || name == QLatin1String("apikey");
            if (!secret || m.captured(2) == kMark)
                return std::nullopt;
            return group(m, 2, QStringLiteral("query_secret"));
        });
    }

    // Secrets known by their shape wherever they are.
    void shapes(QString &text, int row)
    {
        static const QRegularExpression shape(QStringLiteral(
            R"re((eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)|(AIza[0-9A-Za-z_-]{30,})|(LS0tLS1CRUdJTi[A-Za-z0-9+/=]{8,})|(ya29\.[0-9A-Za-z_-]{20,}))re"));
        cutEach(text, row, shape, [](const QRegularExpressionMatch &m) -> std::optional<Cut> {
            QString kind = m.capturedLength(1)   ? QStringLiteral("jwt")
                           : m.capturedLength(2) ? QStringLiteral("api_key")
                           : m.capturedLength(4) ? QStringLiteral("token")
                                                 : QString();
            if (m.capturedLength(3)) {
                // base64 of a PEM block: a private key's, not a certificate's
                const QByteArray decoded =
                    QByteArray::fromBase64(m.captured(3).left(4000).toLatin1());
                if (!decoded.contains("PRIVATE KEY") && decoded.contains("CERTIFICATE"))
                    return std::nullopt;
                kind = QStringLiteral("private_key");
            }
            return group(m, 0, kind);
        });
    }

    QString m_file;
    QList<Redaction> &m_redactions;
    bool m_inPem = false;
    QSet<QString> m_anchors;
};

// --- YAML and other line text -------------------------------------------------------

struct KeyLine
{
    qsizetype indent = -1; // the key's column
    QString key;
    qsizetype valueStart = 0;
};

// "  - key: value", "key:", "'key': value": the key and where its value starts.
std::optional<KeyLine> keyLine(const QString &line, qsizetype from)
{
    qsizetype i = from;
    while (i < line.size() && line[i] == u' ')
        ++i;
    while (i + 1 < line.size() && line[i] == u'-' && line[i + 1] == u' ') {
        i += 2;
        while (i < line.size() && line[i] == u' ')
            ++i;
    }
    if (i >= line.size() || line[i] == u'#')
        return std::nullopt;
    KeyLine found;
    found.indent = i;
    qsizetype keyEnd;
    if (line[i] == u'"' || line[i] == u'\'') {
        const qsizetype close = line.indexOf(line[i], i + 1);
        if (close < 0)
            return std::nullopt;
        found.key = line.mid(i + 1, close - i - 1);
        keyEnd = close + 1;
    } else {
        keyEnd = i;
        while (keyEnd < line.size() && line[keyEnd] != u':' && line[keyEnd] != u'#' &&
               line[keyEnd] != u'{' && line[keyEnd] != u'[' && line[keyEnd] != u'"')
            ++keyEnd;
        found.key = line.mid(i, keyEnd - i).trimmed();
    }
    while (keyEnd < line.size() && line[keyEnd] == u' ')
        ++keyEnd;
    if (keyEnd >= line.size() || line[keyEnd] != u':' || found.key.isEmpty())
        return std::nullopt;
    if (keyEnd + 1 < line.size() && line[keyEnd + 1] != u' ' && line[keyEnd + 1] != u'\t')
        return std::nullopt; // "a:b" is a plain scalar, not a key
    found.valueStart = keyEnd + 1;
    while (found.valueStart < line.size() &&
           (line[found.valueStart] == u' ' || line[found.valueStart] == u'\t'))
        ++found.valueStart;
    return found;
}

qsizetype indentOf(const QString &line, qsizetype from)
{
    qsizetype i = from;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i - from;
}

class LineRedactor
{
public:
    LineRedactor(TextRedactor &rules, bool diff, bool kubernetesSecret)
        : m_rules(rules)
        , m_diff(diff)
        , m_kubernetesSecret(kubernetesSecret)
    {}

    QString line(const QString &raw, int row)
    {
        QString text = raw;
        qsizetype from = 0;
        // A unified diff's hunk in any text (a note, a report): its lines are read
        // without their first column.
        if (text.startsWith(QLatin1String("@@ -"))) {
            m_hunk = true;
            m_block = -1;
            return m_rules.line(text, row);
        }
        if (m_hunk && !m_diff &&
            (text.isEmpty() ||
             (text[0] != u'+' && text[0] != u'-' && text[0] != u' ' && text[0] != u'\\')))
            m_hunk = false;
        if ((m_diff || m_hunk) && !text.isEmpty() &&
            (text[0] == u'+' || text[0] == u'-' || text[0] == u' ') &&
            !text.startsWith(QLatin1String("+++ ")) && !text.startsWith(QLatin1String("--- ")))
            from = 1;
        if (m_rules.inPem())
            return m_rules.pemBody(text, row);
        const QStringView content = QStringView(text).mid(from);
        const bool blank = content.trimmed().isEmpty() || content.trimmed().startsWith(u'#');
        if (m_block >= 0 && !blank) {
            const qsizetype indent = from + indentOf(text, from);
            // YAML lets a list sit at its key's own column ("tokens:" then "- abc").
            const bool sameColumnList = indent == m_block && !m_scalar && m_listAllowed &&
                                        QStringView(text).mid(indent).startsWith(u"- ");
            if (m_quote.isNull() && indent <= m_block && !sameColumnList) {
                m_block = -1;
            } else {
                text = inBlock(text, from, indent, row);
                return m_rules.line(text, row);
            }
        }
        if (const std::optional<KeyLine> key = keyLine(text, from)) {
            QString kind = secretKeyKind(key->key);
            if (kind.isEmpty() && m_kubernetesSecret &&
                (key->key == QLatin1String("data") || key->key == QLatin1String("stringData")))
                kind = QStringLiteral("kubernetes_secret");
            if (!kind.isEmpty())
                text = secretValue(text, *key, kind, row);
        }
        return m_rules.line(text, row);
    }

    // Inside a secret's value or a private key, on the lines that follow.
    [[nodiscard]] bool continues(const QString &line) const
    {
        return m_rules.inPem() ||
               (m_block >= 0 && (!m_quote.isNull() || indentOf(line, 0) > m_block));
    }

private:
    // A line inside a secret's block: a value of a key goes, a list item goes, any other
    // text (a block scalar's or a plain scalar's next line) goes.
    QString inBlock(QString text, qsizetype from, qsizetype indent, int row)
    {
        if (!m_quote.isNull()) {
            // a quoted string that went on past its line: to its closing quote
            const qsizetype close = text.indexOf(m_quote, indent);
            const qsizetype end = close < 0 ? text.size() : close;
            m_rules.record(row, m_kind, end - indent);
            text.replace(indent, end - indent, kMark);
            if (close >= 0) {
                m_quote = QChar();
                m_block = -1;
            }
            return text;
        }
        if (!m_scalar) {
            if (const std::optional<KeyLine> key = keyLine(text, from)) {
                if (identityKey(key->key))
                    return text;
                return secretValue(text, *key, m_kind, row, true);
            }
            qsizetype i = indent;
            while (i + 1 < text.size() && text[i] == u'-' && text[i + 1] == u' ')
                i = i + 1 + indentOf(text, i + 1);
            if (i > indent) {
                const QString value = text.mid(i);
                if (!emptyValue(value)) {
                    m_rules.record(row, m_kind, value.size());
                    return text.left(i) + markFor(value);
                }
                return text;
            }
        }
        const qsizetype start = indent;
        if (text.mid(start).startsWith(QLatin1String("REDACTED")))
            return text;
        m_rules.record(row, m_kind, text.size() - start);
        return text.left(start) + kMark;
    }

    // key: VALUE on this line, or the block that follows it.
    QString secretValue(QString text, const KeyLine &key, const QString &kind, int row,
                        bool nested = false)
    {
        qsizetype start = key.valueStart;
        // An anchor or a tag before the value is kept.
        while (start < text.size() && (text[start] == u'&' || text[start] == u'!')) {
            while (start < text.size() && !text[start].isSpace())
                ++start;
            while (start < text.size() && text[start] == u' ')
                ++start;
        }
        const QString rest = text.mid(start);
        const QString trimmed = rest.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            if (!nested || m_block < 0) {
                // the value is on the next lines: a scalar, a map, a list
                m_block = key.indent;
                m_scalar = false;
                m_listAllowed = true;
                m_kind = kind;
            }
            return text;
        }
        if (trimmed[0] == u'|' || trimmed[0] == u'>') {
            static const QRegularExpression indicator(QStringLiteral(R"(^[|>][-+0-9]*\s*(#.*)?$)"));
            if (indicator.match(trimmed).hasMatch()) {
                if (!nested || m_block < 0) {
                    m_block = key.indent;
                    m_scalar = true;
                    m_listAllowed = false;
                    m_kind = kind;
                }
                return text;
            }
        }
        if (trimmed[0] == u'{' || trimmed[0] == u'[') {
            // a flow map or list under a secret key: every value in it
            const qsizetype comment = rest.indexOf(QLatin1String(" #"));
            const qsizetype end = start + (comment < 0 ? rest.size() : comment);
            const QString flow = text.mid(start, end - start).trimmed();
            if (flow == QLatin1String("{}") || flow == QLatin1String("[]"))
                return text;
            m_rules.record(row, kind, end - start);
            text.replace(start, end - start, kMark);
            return text;
        }
        bool closed = true;
        const qsizetype end = valueEnd(text, start, Reach::Block, &closed);
        const QString value = text.mid(start, end - start);
        if (emptyValue(value))
            return text;
        const QString with = markFor(value);
        m_rules.record(row, kind, end - start);
        text.replace(start, end - start, with);
        if (!closed) {
            // "password: "first line ... goes on: redacted to its closing quote
            m_quote = value[0];
            m_block = key.indent;
            m_listAllowed = false;
            m_kind = kind;
        } else if (!value.startsWith(u'"') && !value.startsWith(u'\'') && !nested) {
            // a plain scalar may go on, on more-indented lines
            m_block = key.indent;
            m_scalar = true;
            m_listAllowed = false;
            m_kind = kind;
        }
        return text;
    }

    TextRedactor &m_rules;
    bool m_diff;
    bool m_kubernetesSecret;
    qsizetype m_block = -1;     // inside a secret's value: lines indented deeper than this
    bool m_scalar = false;      // ... which is a scalar (every line goes) rather than a map or list
    QChar m_quote;              // ... which is a quoted string still open
    bool m_listAllowed = false; // ... which may be a list at the key's own column
    bool m_hunk = false;        // inside a diff's hunk
    QString m_kind;
};

// --- JSON: by structure, layout kept ---------------------------------------------

class JsonRedactor
{
public:
    JsonRedactor(const QString &text, TextRedactor &rules, bool kubernetesSecret)
        : m_text(text)
        , m_rules(rules)
        , m_kubernetesSecret(kubernetesSecret)
    {}

    // The redacted text, or nothing when the text is not one JSON value.
    std::optional<QString> run()
    {
        m_out.reserve(m_text.size());
        skipSpace();
        if (!value(false, 0))
            return std::nullopt;
        skipSpace();
        if (m_at != m_text.size())
            return std::nullopt;
        return m_out;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text[m_at].isSpace()) {
            if (m_text[m_at] == u'\n')
                ++m_row;
            m_out += m_text[m_at++];
        }
    }
    // A string token at m_at: its text unescaped; m_at after it.
    std::optional<QString> string(QString *raw)
    {
        const qsizetype start = m_at;
        if (m_at >= m_text.size() || m_text[m_at] != u'"')
            return std::nullopt;
        ++m_at;
        bool escaped = false;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c == u'\n')
                return std::nullopt;
            if (c == u'\\') {
                escaped = true;
                m_at += 2;
                continue;
            }
            if (c == u'"')
                break;
            ++m_at;
        }
        if (m_at >= m_text.size())
            return std::nullopt;
        ++m_at;
        *raw = m_text.mid(start, m_at - start);
        if (!escaped)
            return raw->mid(1, raw->size() - 2);
        const QJsonDocument one =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(*raw).toUtf8());
        if (!one.isArray())
            return std::nullopt;
        return one.array().at(0).toString();
    }
    static QString escaped(const QString &text)
    {
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    // secret: this value is a secret's (the key said so).
    bool value(bool secret, int depth)
    {
        if (depth > 256 || m_at >= m_text.size())
            return false;
        const QChar c = m_text[m_at];
        if (c == u'{' || c == u'[') {
            const bool object = c == u'{';
            m_out += c;
            ++m_at;
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == (object ? u'}' : u']')) {
                m_out += m_text[m_at++];
                return true;
            }
            while (true) {
                bool childSecret = secret;
                if (object) {
                    QString raw;
                    const std::optional<QString> key = string(&raw);
                    if (!key)
                        return false;
                    m_out += raw;
                    m_key = *key;
                    const QString kind = secretKeyKind(*key);
                    if (!kind.isEmpty())
                        m_kind = kind;
                    childSecret =
                        (secret && !identityKey(*key)) || !kind.isEmpty() ||
                        (m_kubernetesSecret && depth <= 2 &&
                         (*key == QLatin1String("data") || *key == QLatin1String("stringData")));
                    if (childSecret && kind.isEmpty() && !secret)
                        m_kind = QStringLiteral("kubernetes_secret");
                    skipSpace();
                    if (m_at >= m_text.size() || m_text[m_at] != u':')
                        return false;
                    m_out += m_text[m_at++];
                    skipSpace();
                }
                if (!value(childSecret, depth + 1))
                    return false;
                skipSpace();
                if (m_at >= m_text.size())
                    return false;
                if (m_text[m_at] == u',') {
                    m_out += m_text[m_at++];
                    skipSpace();
                    continue;
                }
                if (m_text[m_at] == (object ? u'}' : u']')) {
                    m_out += m_text[m_at++];
                    return true;
                }
                return false;
            }
        }
        if (c == u'"') {
            QString raw;
            const std::optional<QString> text = string(&raw);
            if (!text)
                return false;
            if (secret && !emptyValue(*text) && !text->startsWith(QLatin1String("REDACTED"))) {
                m_rules.record(m_row, m_kind, text->size());
                m_out += QStringLiteral("\"REDACTED\"");
                return true;
            }
            // Any other string: read as lines of text (YAML kept in a JSON string, a log
            // line), through one reader per key, so that strings of one list (the
            // excerpts of lines that follow each other) are read as the lines they were.
            auto reader = m_readers.find(m_key);
            if (reader == m_readers.end())
                reader = m_readers.emplace(m_key, LineRedactor(m_rules, false, m_kubernetesSecret))
                             .first;
            QString clean;
            const QStringList lines = text->split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QString line = lines[i];
                const bool cr = line.endsWith(u'\r');
                if (cr)
                    line.chop(1);
                line = reader->second.line(line, m_row);
                clean += (i ? QStringLiteral("\n") : QString()) + line +
                         (cr ? QStringLiteral("\r") : QString());
            }
            m_out += clean == *text ? raw : escaped(clean);
            return true;
        }
        // A number, true, false, null.
        const qsizetype start = m_at;
        while (m_at < m_text.size() && (m_text[m_at].isLetterOrNumber() || m_text[m_at] == u'-' ||
                                        m_text[m_at] == u'+' || m_text[m_at] == u'.'))
            ++m_at;
        if (m_at == start)
            return false;
        m_out += m_text.mid(start, m_at - start);
        return true;
    }

    const QString &m_text;
    TextRedactor &m_rules;
    bool m_kubernetesSecret;
    QString m_out;
    qsizetype m_at = 0;
    int m_row = 1;
    QString m_kind = QStringLiteral("secret");
    QString m_key;
    std::map<QString, LineRedactor> m_readers;
};

bool looksLikeKubernetesSecret(const QString &text)
{
    static const QRegularExpression kind(QStringLiteral(
        R"re((^|\n)\s*(-\s+)?kind:\s*["']?Secret["']?\s*(\r?\n|$)|"kind"\s*:\s*"Secret")re"));
    return kind.match(text).hasMatch();
}

} // namespace

QByteArray redactSecrets(const QByteArray &bytes, const QString &file, QList<Redaction> &redactions)
{
    const QString text = QString::fromUtf8(bytes);
    TextRedactor rules(file, redactions);
    if (text.contains(u'*') && text.contains(u'&')) {
        static const QRegularExpression alias(
            QStringLiteral(R"re(([A-Za-z][A-Za-z0-9_.-]{0,79})["']?\s*:\s*\*([A-Za-z0-9_.-]+))re"));
        QSet<QString> anchors;
        for (auto it = alias.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!secretKeyKind(m.captured(1)).isEmpty())
                anchors.insert(m.captured(2));
        }
        rules.setSecretAnchors(anchors);
    }
    const bool kubernetesSecret = looksLikeKubernetesSecret(text);
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QList<Redaction> jsonRedactions;
        TextRedactor jsonRules(file, jsonRedactions);
        if (const std::optional<QString> clean =
                JsonRedactor(text, jsonRules, kubernetesSecret).run()) {
            redactions += jsonRedactions;
            return clean == text ? bytes : clean->toUtf8();
        }
    }
    const bool diff = file.endsWith(QLatin1String(".diff")) ||
                      file.endsWith(QLatin1String(".patch")) ||
                      text.startsWith(QLatin1String("--- "));
    LineRedactor lines(rules, diff, kubernetesSecret);
    QStringList rows = text.split(QLatin1Char('\n'));
    bool changed = false;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        QString &line = rows[row];
        const bool cr = line.endsWith(u'\r');
        const QString body = cr ? line.chopped(1) : line;
        QString clean;
        const QStringView inner = QStringView(body).trimmed();
        if (inner.startsWith(u'{') && inner.endsWith(u'}') && !lines.continues(body)) {
            // A JSON object on its line (a JSON access log): by structure too.
            QList<Redaction> found;
            TextRedactor lineRules(file, found);
            if (std::optional<QString> json =
                    JsonRedactor(body, lineRules, looksLikeKubernetesSecret(body)).run()) {
                for (Redaction &redaction : found)
                    redaction.line = int(row) + 1;
                redactions += found;
                clean = *json;
            }
        }
        if (clean.isNull())
            clean = lines.line(body, int(row) + 1);
        if (clean != body) {
            line = clean + (cr ? QStringLiteral("\r") : QString());
            changed = true;
        }
    }
    return changed ? rows.join(QLatin1Char('\n')).toUtf8() : bytes;
}

QString redactText(const QString &text, const QString &file, QList<Redaction> &redactions)
{
    return QString::fromUtf8(redactSecrets(text.toUtf8(), file, redactions));
}

} // namespace SniDoctor
