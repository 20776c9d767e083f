#include "clienthello.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace SniDoctor {

namespace {

// A bounds-checked reader over the message: every read says whether it fitted.
struct Reader
{
    const unsigned char *p;
    const unsigned char *end;

    [[nodiscard]] size_t left() const { return size_t(end - p); }
    bool u8(unsigned &v)
    {
        if (left() < 1)
            return false;
        v = *p++;
        return true;
    }
    bool u16(unsigned &v)
    {
        if (left() < 2)
            return false;
        v = (unsigned(p[0]) << 8) | p[1];
        p += 2;
        return true;
    }
    bool u24(unsigned &v)
    {
        if (left() < 3)
            return false;
        v = (unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2];
        p += 3;
        return true;
    }
    bool skip(size_t n)
    {
        if (left() < n)
            return false;
        p += n;
        return true;
    }
    bool sub(size_t n, Reader &inner)
    {
        if (left() < n)
            return false;
        inner = Reader{p, p + n};
        p += n;
        return true;
    }
};

QString versionCode(quint16 version)
{
    switch (version) {
    case 0x0304:
        return QStringLiteral("13");
    case 0x0303:
        return QStringLiteral("12");
    case 0x0302:
        return QStringLiteral("11");
    case 0x0301:
        return QStringLiteral("10");
    case 0x0300:
        return QStringLiteral("s3");
    case 0x0200:
        return QStringLiteral("s2");
    case 0x0100:
        return QStringLiteral("s1");
    case 0xfeff:
        return QStringLiteral("d1");
    case 0xfefd:
        return QStringLiteral("d2");
    case 0xfefc:
        return QStringLiteral("d3");
    default:
        return QStringLiteral("00");
    }
}

QString truncatedSha256(const QByteArray &text)
{
    if (text.isEmpty())
        return QStringLiteral("000000000000");
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
}

// "0a0a,1301,..." as JA4 hashes it: four lower-case hex digits each.
QByteArray hexList(const QList<quint16> &values)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray text(values.size() * 5 - (values.isEmpty() ? 0 : 1), Qt::Uninitialized);
    char *p = text.data();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            *p++ = ',';
        const quint16 v = values[i];
        *p++ = digits[v >> 12];
        *p++ = digits[(v >> 8) & 15];
        *p++ = digits[(v >> 4) & 15];
        *p++ = digits[v & 15];
    }
    return text;
}

bool isAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

quint16 highestVersion(const ClientHelloInfo &hello)
{
    if (!hello.versions.isEmpty())
        return *std::max_element(hello.versions.cbegin(), hello.versions.cend());
    return hello.legacyVersion;
}

} // namespace

bool isGrease(quint16 value)
{
    // RFC 8701: 0x0A0A, 0x1A1A, ... 0xFAFA.
    return (value & 0x0f0f) == 0x0a0a && (value >> 8) == (value & 0xff);
}

QString tlsVersionName(quint16 version)
{
    switch (version) {
    case 0x0304:
        return QStringLiteral("TLSv1.3");
    case 0x0303:
        return QStringLiteral("TLSv1.2");
    case 0x0302:
        return QStringLiteral("TLSv1.1");
    case 0x0301:
        return QStringLiteral("TLSv1");
    case 0x0300:
        return QStringLiteral("SSLv3");
    case 0x0200:
        return QStringLiteral("SSLv2");
    default:
        return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
    }
}

QString ClientHelloInfo::highestVersionName() const
{
    return tlsVersionName(highestVersion(*this));
}

HelloParse parseClientHello(std::string_view message, ClientHelloInfo &out)
{
    out = ClientHelloInfo{};
    Reader r{reinterpret_cast<const unsigned char *>(message.data()),
             reinterpret_cast<const unsigned char *>(message.data()) + message.size()};
    unsigned type, length;
    if (!r.u8(type))
        return HelloParse::Incomplete;
    if (type != 1)
        return HelloParse::Malformed;
    if (!r.u24(length))
        return HelloParse::Incomplete;
    if (r.left() < length)
        return HelloParse::Incomplete;
    Reader body{r.p, r.p + length};

    unsigned version, sessionLength, cipherBytes, compressionLength;
    if (!body.u16(version) || !body.skip(32) || !body.u8(sessionLength) ||
        !body.skip(sessionLength) || !body.u16(cipherBytes) || (cipherBytes & 1) != 0)
        return HelloParse::Malformed;
    out.legacyVersion = quint16(version);
    out.cipherSuites.reserve(cipherBytes / 2);
    out.extensions.reserve(24);
    Reader ciphers;
    if (!body.sub(cipherBytes, ciphers))
        return HelloParse::Malformed;
    unsigned cipher;
    while (ciphers.u16(cipher))
        out.cipherSuites << quint16(cipher);
    if (!body.u8(compressionLength) || !body.skip(compressionLength))
        return HelloParse::Malformed;
    unsigned extensionBytes = 0;
    if (body.left() > 0 && !body.u16(extensionBytes))
        return HelloParse::Malformed;
    Reader extensions;
    if (!body.sub(extensionBytes, extensions))
        return HelloParse::Malformed;
    while (extensions.left() > 0) {
        unsigned extensionType, extensionLength;
        Reader data;
        if (!extensions.u16(extensionType) || !extensions.u16(extensionLength) ||
            !extensions.sub(extensionLength, data))
            return HelloParse::Malformed;
        out.extensions << quint16(extensionType);
        switch (extensionType) {
        case 0x0000: {         // server_name
            out.hasSni = true; // JA4's "d": the extension is there
            unsigned listLength;
            Reader list;
            if (!data.u16(listLength) || !data.sub(listLength, list))
                return HelloParse::Malformed;
            while (list.left() > 0) {
                unsigned nameType, nameLength;
                Reader name;
                if (!list.u8(nameType) || !list.u16(nameLength) || !list.sub(nameLength, name))
                    return HelloParse::Malformed;
                if (nameType == 0 && out.sni.isEmpty())
                    out.sni = QString::fromUtf8(reinterpret_cast<const char *>(name.p),
                                                qsizetype(name.left()));
            }
            break;
        }
        case 0x0010: { // ALPN
            unsigned listLength;
            Reader list;
            if (!data.u16(listLength) || !data.sub(listLength, list))
                return HelloParse::Malformed;
            while (list.left() > 0) {
                unsigned protocolLength;
                Reader protocol;
                if (!list.u8(protocolLength) || !list.sub(protocolLength, protocol))
                    return HelloParse::Malformed;
                out.alpn << QString::fromLatin1(reinterpret_cast<const char *>(protocol.p),
                                                qsizetype(protocol.left()));
            }
            break;
        }
        case 0x002b: { // supported_versions
            unsigned listLength, value;
            Reader list;
            if (!data.u8(listLength) || !data.sub(listLength, list))
                return HelloParse::Malformed;
            while (list.u16(value)) {
                if (!isGrease(quint16(value)))
                    out.versions << quint16(value);
            }
            break;
        }
        case 0x000d: { // signature_algorithms
            unsigned listLength, value;
            Reader list;
            if (!data.u16(listLength) || !data.sub(listLength, list))
                return HelloParse::Malformed;
            while (list.u16(value))
                out.signatureAlgorithms << quint16(value);
            break;
        }
        default:
            break;
        }
    }
    out.ja4 = ja4Fingerprint(out);
    return HelloParse::Ok;
}

bool looksLikeSslv2ClientHello(const unsigned char *data, size_t length)
{
    if (length < 11 || (data[0] & 0x80) == 0 || data[2] != 0x01)
        return false;
    const quint16 version = quint16((data[3] << 8) | data[4]);
    const size_t recordLength = (size_t(data[0] & 0x7f) << 8) | data[1];
    return (version == 0x0002 || (version >= 0x0300 && version <= 0x0303)) && recordLength >= 9;
}

HelloParse parseSslv2ClientHello(std::string_view record, ClientHelloInfo &out,
                                 size_t &recordLength)
{
    out = ClientHelloInfo{};
    const auto *data = reinterpret_cast<const unsigned char *>(record.data());
    if (record.size() < 2)
        return HelloParse::Incomplete;
    if ((data[0] & 0x80) == 0)
        return HelloParse::Malformed;
    const size_t length = (size_t(data[0] & 0x7f) << 8) | data[1];
    recordLength = 2 + length;
    if (record.size() < recordLength)
        return HelloParse::Incomplete;
    Reader r{data + 2, data + recordLength};
    unsigned type, version, cipherBytes, sessionLength, challengeLength;
    if (!r.u8(type) || type != 1 || !r.u16(version) || !r.u16(cipherBytes) ||
        !r.u16(sessionLength) || !r.u16(challengeLength) || cipherBytes % 3 != 0 ||
        r.left() != size_t(cipherBytes) + sessionLength + challengeLength || challengeLength < 16 ||
        challengeLength > 32)
        return HelloParse::Malformed;
    // SSL 2.0 itself is 0x0002; JA4 and tshark name it 0x0200 ("s2").
    out.legacyVersion = version == 0x0002 ? 0x0200 : quint16(version);
    for (unsigned i = 0; i < cipherBytes; i += 3) {
        const unsigned char *spec = r.p + i;
        if (spec[0] == 0) // a TLS cipher suite in SSLv2's 3-byte form
            out.cipherSuites << quint16((spec[1] << 8) | spec[2]);
    }
    out.ja4 = ja4Fingerprint(out);
    return HelloParse::Ok;
}

QString ja4Fingerprint(const ClientHelloInfo &hello)
{
    QList<quint16> ciphers;
    for (const quint16 cipher : hello.cipherSuites) {
        if (!isGrease(cipher))
            ciphers << cipher;
    }
    QList<quint16> extensions;
    int extensionCount = 0;
    for (const quint16 extension : hello.extensions) {
        if (isGrease(extension))
            continue;
        ++extensionCount;
        if (extension != 0x0000 && extension != 0x0010)
            extensions << extension;
    }
    QList<quint16> signatures;
    for (const quint16 signature : hello.signatureAlgorithms) {
        if (!isGrease(signature))
            signatures << signature;
    }
    QString alpn = QStringLiteral("00");
    if (!hello.alpn.isEmpty() && !hello.alpn.first().isEmpty()) {
        const QString first = hello.alpn.first();
        if (isAlnum(first.front()) && isAlnum(first.back())) {
            alpn = QString(first.front()) + first.back();
        } else {
            const QString hex = QString::fromLatin1(first.toLatin1().toHex());
            alpn = QString(hex.front()) + hex.back();
        }
    }
    const auto twoDigits = [](qsizetype n) {
        const int value = int(std::min<qsizetype>(n, 99));
        QString text(2, QLatin1Char('0'));
        text[0] = QLatin1Char(char('0' + value / 10));
        text[1] = QLatin1Char(char('0' + value % 10));
        return text;
    };
    QString a;
    a.reserve(10);
    a += QLatin1Char('t');
    a += versionCode(highestVersion(hello));
    a += hello.hasSni ? QLatin1Char('d') : QLatin1Char('i');
    a += twoDigits(ciphers.size());
    a += twoDigits(extensionCount);
    a += alpn;
    std::sort(ciphers.begin(), ciphers.end());
    std::sort(extensions.begin(), extensions.end());
    // The hashed parts repeat across the hellos of one client software: hash each
    // distinct list once per thread.
    thread_local QHash<QByteArray, QString> hashes;
    if (hashes.size() > 4096)
        hashes.clear();
    const auto hashed = [](const QByteArray &text) {
        auto it = hashes.constFind(text);
        if (it == hashes.constEnd())
            it = hashes.insert(text, truncatedSha256(text));
        return *it;
    };
    const QString b = ciphers.isEmpty() ? QStringLiteral("000000000000") : hashed(hexList(ciphers));
    QByteArray cInput = hexList(extensions);
    if (!signatures.isEmpty())
        cInput += '_' + hexList(signatures);
    const QString c = extensions.isEmpty() ? QStringLiteral("000000000000") : hashed(cInput);
    return a + QLatin1Char('_') + b + QLatin1Char('_') + c;
}

} // namespace SniDoctor
