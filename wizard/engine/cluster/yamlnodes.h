#pragma once

// Small helpers over yaml-cpp for the cluster readers: lookups that never throw on
// a missing or mistyped node (yaml-cpp throws on node["a"]["b"] when "a" is absent).
// Internal to the engine; include only from .cpp files.

#include <QString>
#include <QStringList>

#include <vector>
#include <yaml-cpp/yaml.h>

namespace SniDoctor::Yaml {

// node[key], or an empty node when node is missing or not a map.
inline YAML::Node child(const YAML::Node &node, const char *key)
{
    return node && node.IsMap() ? node[key] : YAML::Node();
}

// The items of a sequence; nothing for anything else.
inline std::vector<YAML::Node> items(const YAML::Node &node)
{
    std::vector<YAML::Node> list;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            list.push_back(item);
    }
    return list;
}

// A scalar's text; empty for anything else.
inline QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

} // namespace SniDoctor::Yaml
