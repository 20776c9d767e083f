#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Lenient readers for the tool's own JSON (results, sessions, bundles): a missing or
// mistyped field reads as its fallback, never as an error or undefined behaviour.
// Internal to the engine's JSON readers.
namespace SniDoctor::Json {

[[nodiscard]] inline QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

// A whole number; fallback when absent, not a number, or beyond qint64 (1e300 is no count).
[[nodiscard]] inline qint64 number(const QJsonObject &json, const char *key, qint64 fallback = 0)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    if (!(number >= -9.0e18 && number <= 9.0e18)) // also false for NaN
        return fallback;
    return qint64(number);
}

[[nodiscard]] inline QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// As written: "Z" stays UTC and "+00:00" an offset, so that a result written again is
// the same text.
[[nodiscard]] inline QDateTime date(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// An enum from its stable id, for enums 0..count-1 with an id function.
template <typename Enum, typename IdOf>
[[nodiscard]] std::optional<Enum> enumFromId(const QString &id, int count, IdOf idOf)
{
    for (int i = 0; i < count; ++i) {
        if (idOf(Enum(i)) == id)
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace SniDoctor::Json
