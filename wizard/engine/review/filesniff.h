#pragma once

#include "review/collection.h"

#include <QByteArray>
#include <QJsonObject>

#include <any>
#include <memory>
#include <optional>
#include <vector>

namespace YAML {
class Node;
}

namespace SniDoctor {

// What recognition may ask of one collected file, each read at most once however many
// recognisers ask: its head, the decompressed head of a compressed file, the whole
// text, the JSON object it holds, its YAML documents. Bounded: the head is 64 KiB,
// JSON is read up to 256 MiB, YAML up to 8 MiB. Not thread-safe.
class FileSniff final
{
public:
    explicit FileSniff(const CollectedFile &file);
    ~FileSniff();
    FileSniff(const FileSniff &) = delete;
    FileSniff &operator=(const FileSniff &) = delete;

    [[nodiscard]] const CollectedFile &file() const { return m_file; }
    // The first 64 KiB as stored (compressed or not).
    [[nodiscard]] const QByteArray &head();
    [[nodiscard]] bool isCompressed();
    // The complete lines of the first 64 KiB of text: decompressed for a compressed
    // file; the whole head for a file that short.
    [[nodiscard]] const QByteArray &headLines();
    // The whole text; nullptr when larger than max or unreadable.
    [[nodiscard]] const QByteArray *text(qint64 max);
    // The JSON object the file holds; nullptr when it holds none.
    [[nodiscard]] const QJsonObject *json();
    // The YAML documents (yaml-cpp 0.7's endless LoadAll guarded); empty when the file
    // is no YAML or larger than 8 MiB.
    [[nodiscard]] const std::vector<YAML::Node> &yaml();
    // yaml() found YAML that nests or expands past the bounds of core/yaml.h.
    [[nodiscard]] bool yamlTooComplex() const;
    // What a step made of the file once (its recognition, then its loading), so that
    // each file is parsed once: empty until set.
    [[nodiscard]] std::any &memo(const char *key);

private:
    struct State;
    const CollectedFile &m_file;
    std::unique_ptr<State> d;
};

} // namespace SniDoctor
