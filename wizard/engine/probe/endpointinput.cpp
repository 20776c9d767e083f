#include "endpointinput.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace SniDoctor {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("SniDoctor::EndpointInput", source);
}

} // namespace

bool isHostNameOrAddress(const QString &host)
{
    if (host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return true;
    if (host.size() > 253)
        return false;
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    // An all-digits name that is not an IPv4 address (300.1.2.3) is neither.
    static const QRegularExpression digits(QStringLiteral("^[0-9.]+$"));
    return !digits.match(host).hasMatch();
}

EndpointInput parseEndpointInput(const QString &typed)
{
    EndpointInput result;
    QString rest = typed.trimmed();
    if (rest.isEmpty()) {
        result.problem = text(QT_TRANSLATE_NOOP("SniDoctor::EndpointInput",
                                                "Enter the host name your clients call."));
        return result;
    }
    QStringList dropped;
    // A URL: its authority is the endpoint.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const QRegularExpressionMatch match = scheme.match(rest); match.hasMatch()) {
        const QString name = match.captured(1).toLower();
        dropped << match.captured(0);
        rest = rest.mid(match.capturedLength());
        if (name == QLatin1String("https") || name == QLatin1String("wss"))
            result.port = 443;
        else if (name == QLatin1String("http") || name == QLatin1String("ws"))
            result.port = 80;
    }
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0) {
        dropped << rest.mid(end);
        rest = rest.left(end);
    }
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        dropped << rest.left(at + 1).section(QLatin1Char(':'), 0, 0) + QLatin1Char('@');
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            result.problem = text(
                QT_TRANSLATE_NOOP("SniDoctor::EndpointInput",
                                  "An IPv6 address is written in brackets: [2001:db8::1]:443."));
            return result;
        }
        result.host = rest.mid(1, close - 1);
        const QString tail = rest.mid(close + 1);
        if (!tail.isEmpty()) {
            if (!tail.startsWith(QLatin1Char(':'))) {
                result.problem = text(QT_TRANSLATE_NOOP(
                    "SniDoctor::EndpointInput", "After ] comes :PORT, as in [2001:db8::1]:443."));
                return result;
            }
            portText = tail.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        result.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
        if (portText.isEmpty()) {
            result.problem = text(QT_TRANSLATE_NOOP(
                "SniDoctor::EndpointInput", "A port from 1 to 65535 comes after the colon."));
            return result;
        }
    } else {
        result.host = rest; // a name, an address, or a bare IPv6 address
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            result.problem =
                text(QT_TRANSLATE_NOOP("SniDoctor::EndpointInput",
                                       "The port must be a number from 1 to 65535, not %1."))
                    .arg(portText);
            return result;
        }
        result.port = quint16(value);
    }
    if (result.host.endsWith(QLatin1Char('.')))
        result.host.chop(1);
    result.host = result.host.toLower();
    if (!isHostNameOrAddress(result.host)) {
        result.problem =
            text(QT_TRANSLATE_NOOP(
                     "SniDoctor::EndpointInput",
                     "\"%1\" is not a host name: use letters, digits, hyphens and dots "
                     "(api-test.mydomain.com) or an IP address."))
                .arg(result.host);
        return result;
    }
    result.droppedParts = dropped.join(QStringLiteral(", "));
    return result;
}

} // namespace SniDoctor
