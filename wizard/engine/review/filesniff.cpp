#include "filesniff.h"

#include <map>

#include "core/decompress.h"
#include "core/yaml.h"

#include <QJsonDocument>

namespace SniDoctor {

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr qint64 kMaxJsonBytes = qint64(256) << 20;
constexpr qint64 kMaxYamlBytes = qint64(8) << 20;

// Up to the last complete line, unless the head is the whole file.
QByteArray wholeLines(const QByteArray &head, bool complete)
{
    if (complete)
        return head;
    const qsizetype end = head.lastIndexOf('\n');
    return end < 0 ? head : head.left(end + 1);
}

} // namespace

struct FileSniff::State
{
    std::optional<QByteArray> head;
    std::optional<QByteArray> headLines;
    std::optional<std::optional<QByteArray>> text; // the outer: read yet; the inner: readable
    qint64 textLimit = 0;
    std::optional<std::optional<QJsonObject>> json;
    std::optional<std::vector<YAML::Node>> yaml;
    bool yamlTooComplex = false;
    std::map<std::string, std::any> memos;
};

FileSniff::FileSniff(const CollectedFile &file)
    : m_file(file)
    , d(std::make_unique<State>())
{}

FileSniff::~FileSniff() = default;

const QByteArray &FileSniff::head()
{
    if (!d->head)
        d->head = m_file.head(kHeadBytes);
    return *d->head;
}

bool FileSniff::isCompressed()
{
    return isCompressedHead(head());
}

const QByteArray &FileSniff::headLines()
{
    if (d->headLines)
        return *d->headLines;
    if (!isCompressed()) {
        d->headLines = wholeLines(head(), m_file.size <= kHeadBytes);
        return *d->headLines;
    }
    // The first decompressed bytes; a damaged tail does not matter for a head.
    QByteArray decompressed;
    CompressedStream stream;
    const QByteArray part = m_file.inMemory() ? m_file.data.left(kHeadBytes * 4) : QByteArray();
    const bool opened = m_file.inMemory() ? stream.openMemory(part.constData(), part.size())
                                          : stream.openFile(m_file.path);
    if (opened) {
        QByteArray buffer(int(kHeadBytes), Qt::Uninitialized);
        while (decompressed.size() < kHeadBytes) {
            const qint64 n = stream.read(buffer.data(), kHeadBytes - decompressed.size());
            if (n <= 0)
                break;
            decompressed.append(buffer.constData(), n);
        }
    }
    d->headLines = wholeLines(decompressed, false);
    return *d->headLines;
}

const QByteArray *FileSniff::text(qint64 max)
{
    if (!d->text || (!*d->text && max > d->textLimit)) {
        const Result<QByteArray> read = m_file.readAll(max);
        d->text = read ? std::optional<QByteArray>(read.value()) : std::nullopt;
        d->textLimit = max;
    }
    if (!*d->text || (*d->text)->size() > max)
        return nullptr;
    return &**d->text;
}

const QJsonObject *FileSniff::json()
{
    if (!d->json) {
        d->json = std::optional<QJsonObject>();
        if (head().trimmed().startsWith('{')) {
            if (const QByteArray *bytes = text(kMaxJsonBytes)) {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
                if (error.error == QJsonParseError::NoError && document.isObject())
                    d->json = document.object();
            }
        }
    }
    return *d->json ? &**d->json : nullptr;
}

const std::vector<YAML::Node> &FileSniff::yaml()
{
    if (!d->yaml) {
        d->yaml = std::vector<YAML::Node>();
        // A JSON object was seen as JSON already: never parsed again as YAML (yaml-cpp
        // takes seconds and a gigabyte on megabytes of JSON).
        if (json())
            return *d->yaml;
        if (const QByteArray *bytes = text(kMaxYamlBytes)) {
            try {
                d->yaml = Yaml::loadAllDocuments(bytes->toStdString());
            } catch (const Yaml::TooComplex &) {
                d->yamlTooComplex = true; // YAML past the shared bounds: not read
            } catch (const YAML::Exception &) {
                // not YAML: no documents
            }
        }
    }
    return *d->yaml;
}

bool FileSniff::yamlTooComplex() const
{
    return d->yamlTooComplex;
}

std::any &FileSniff::memo(const char *key)
{
    return d->memos[key];
}

} // namespace SniDoctor
