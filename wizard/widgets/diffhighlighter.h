#pragma once

#include <QSyntaxHighlighter>

namespace SniDoctor {

// Colours a unified diff as review tools do: added lines on green, removed lines on red,
// hunk headers (@@ ... @@) and file headers (--- / +++) muted. The backgrounds are
// translucent, so that they read on a light and on a dark palette.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument *document);

    [[nodiscard]] static QColor addedBackground();
    [[nodiscard]] static QColor removedBackground();

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace SniDoctor
