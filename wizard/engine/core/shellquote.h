#pragma once

#include <QString>

namespace SniDoctor {

// A word for a POSIX shell: as it is when it holds only characters no shell treats
// specially, else in single quotes (a quote inside written '\''). Every command the
// tool shows for copying goes through it.
[[nodiscard]] inline QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
              u == '@' || u == '%' || u == '+' || u == '=' || u == ':' || u == ',' || u == '.' ||
              u == '/' || u == '_' || u == '-')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace SniDoctor
