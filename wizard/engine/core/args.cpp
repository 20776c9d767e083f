#include "args.h"

#include <algorithm>

namespace SniDoctor {

Args::Args(std::initializer_list<std::pair<const char *, QString>> items)
{
    m_items.reserve(qsizetype(items.size()));
    for (const auto &[name, value] : items)
        insert(name, value);
}

QString Args::value(const char *name) const
{
    for (const auto &[key, value] : m_items) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

qint64 Args::number(const char *name, qint64 fallback) const
{
    bool ok = false;
    const qint64 result = value(name).toLongLong(&ok);
    return ok ? result : fallback;
}

bool Args::contains(const char *name) const
{
    for (const auto &item : m_items) {
        if (item.first == QLatin1String(name))
            return true;
    }
    return false;
}

void Args::insert(const char *name, const QString &value)
{
    const QString key = QString::fromLatin1(name);
    auto it = std::lower_bound(m_items.begin(), m_items.end(), key,
                               [](const auto &item, const QString &k) { return item.first < k; });
    if (it != m_items.end() && it->first == key)
        it->second = value;
    else
        m_items.insert(it, {key, value});
}

QStringList Args::values() const
{
    QStringList list;
    for (const auto &item : m_items)
        list << item.second;
    return list;
}

QJsonObject Args::toJson() const
{
    QJsonObject object;
    for (const auto &[key, value] : m_items)
        object.insert(key, value);
    return object;
}

Args Args::fromJson(const QJsonObject &object)
{
    Args args;
    for (auto it = object.begin(); it != object.end(); ++it) // QJsonObject's keys are sorted
        args.m_items.append({it.key(), it.value().toString()});
    return args;
}

} // namespace SniDoctor
