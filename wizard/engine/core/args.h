#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace SniDoctor {

// The language-neutral values of a finding or an error, by name ("host", "frame",
// "file"): what a text function needs to say it in the user's language at display
// time. Values are text; numbers are written with QString::number and read back with
// number(). Kept sorted by name, as JSON objects keep them: equal args compare equal
// however they were made.
class Args final
{
public:
    Args() = default;
    Args(std::initializer_list<std::pair<const char *, QString>> items);

    // The value named name; empty when absent.
    [[nodiscard]] QString value(const char *name) const;
    // The value as a whole number; fallback when absent or not a number.
    [[nodiscard]] qint64 number(const char *name, qint64 fallback = 0) const;
    [[nodiscard]] bool contains(const char *name) const;
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    // Sets name to value, replacing an earlier value of the same name.
    void insert(const char *name, const QString &value);

    [[nodiscard]] const QList<std::pair<QString, QString>> &items() const { return m_items; }
    // The values alone, in order.
    [[nodiscard]] QStringList values() const;

    // {"host": "api.example.com", "frame": "4"}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Args fromJson(const QJsonObject &object);

    friend bool operator==(const Args &, const Args &) = default;

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace SniDoctor
