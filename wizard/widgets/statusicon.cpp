#include "statusicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace SniDoctor {

namespace {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

QColor glyphColour(StatusGlyph glyph)
{
    const bool dark = darkPalette();
    switch (glyph) {
    case StatusGlyph::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case StatusGlyph::Info:
    case StatusGlyph::Current:
    case StatusGlyph::Running:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case StatusGlyph::Warning:
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xb2, 0x6a, 0x00);
    case StatusGlyph::Error:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case StatusGlyph::Pending:
        return QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
    case StatusGlyph::App:
        return QColor(0x15, 0x65, 0xc0);
    }
    return QApplication::palette().color(QPalette::WindowText);
}

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(StatusGlyph glyph)
        : m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        QColor colour = glyphColour(m_glyph);
        if (mode == QIcon::Disabled)
            colour = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        const qreal pen = std::max<qreal>(1.5, side / 9.0);
        const QRectF inner = box.adjusted(pen, pen, -pen, -pen);
        const QPointF c = box.center();
        const qreal r = inner.width() / 2.0;
        auto stroke = [&](const QColor &colourToUse, qreal width) {
            QPen p(colourToUse, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter->setPen(p);
            painter->setBrush(Qt::NoBrush);
        };
        switch (m_glyph) {
        case StatusGlyph::Ok:
        case StatusGlyph::Error:
        case StatusGlyph::Info:
        case StatusGlyph::Warning: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            if (m_glyph == StatusGlyph::Warning) {
                QPainterPath triangle;
                triangle.moveTo(c.x(), inner.top());
                triangle.lineTo(inner.right(), inner.bottom());
                triangle.lineTo(inner.left(), inner.bottom());
                triangle.closeSubpath();
                painter->drawPath(triangle);
            } else {
                painter->drawEllipse(inner);
            }
            const QColor mark = darkPalette() ? QColor(0x12, 0x12, 0x12) : QColor(Qt::white);
            stroke(mark, pen);
            if (m_glyph == StatusGlyph::Ok) {
                painter->drawPolyline(QPolygonF{{c.x() - r * 0.45, c.y()},
                                                {c.x() - r * 0.1, c.y() + r * 0.35},
                                                {c.x() + r * 0.5, c.y() - r * 0.35}});
            } else if (m_glyph == StatusGlyph::Error) {
                const qreal k = r * 0.38;
                painter->drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k));
                painter->drawLine(QPointF(c.x() + k, c.y() - k), QPointF(c.x() - k, c.y() + k));
            } else if (m_glyph == StatusGlyph::Info) {
                painter->drawLine(QPointF(c.x(), c.y() - r * 0.05),
                                  QPointF(c.x(), c.y() + r * 0.45));
                painter->drawPoint(QPointF(c.x(), c.y() - r * 0.42));
            } else {
                painter->drawLine(QPointF(c.x(), c.y() - r * 0.25),
                                  QPointF(c.x(), c.y() + r * 0.3));
                painter->drawPoint(QPointF(c.x(), c.y() + r * 0.65));
            }
            break;
        }
        case StatusGlyph::Pending:
            stroke(colour, pen);
            painter->drawEllipse(inner.adjusted(r * 0.2, r * 0.2, -r * 0.2, -r * 0.2));
            break;
        case StatusGlyph::Current: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            QPainterPath arrow;
            arrow.moveTo(inner.left() + r * 0.35, inner.top() + r * 0.2);
            arrow.lineTo(inner.right() - r * 0.1, c.y());
            arrow.lineTo(inner.left() + r * 0.35, inner.bottom() - r * 0.2);
            arrow.closeSubpath();
            painter->drawPath(arrow);
            break;
        }
        case StatusGlyph::Running:
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            for (const qreal dx : {-0.6, 0.0, 0.6})
                painter->drawEllipse(QPointF(c.x() + dx * r, c.y()), r * 0.2, r * 0.2);
            break;
        case StatusGlyph::App: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(
                box.adjusted(side * 0.02, side * 0.02, -side * 0.02, -side * 0.02), side * 0.2,
                side * 0.2);
            // Padlock: shackle and body, white, with a question mark cut in.
            const QColor white(Qt::white);
            stroke(white, side * 0.08);
            const QRectF shackle(c.x() - side * 0.17, box.top() + side * 0.16, side * 0.34,
                                 side * 0.36);
            painter->drawArc(shackle, 0, 180 * 16);
            painter->drawLine(QPointF(shackle.left(), shackle.center().y()),
                              QPointF(shackle.left(), box.top() + side * 0.44));
            painter->drawLine(QPointF(shackle.right(), shackle.center().y()),
                              QPointF(shackle.right(), box.top() + side * 0.44));
            painter->setPen(Qt::NoPen);
            painter->setBrush(white);
            const QRectF body(box.left() + side * 0.24, box.top() + side * 0.42, side * 0.52,
                              side * 0.40);
            painter->drawRoundedRect(body, side * 0.06, side * 0.06);
            QFont font = painter->font();
            font.setBold(true);
            font.setPixelSize(std::max(1, int(side * 0.32)));
            painter->setFont(font);
            painter->setPen(colour);
            painter->drawText(body, Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

    // A key that changes with the palette so QIcon's caches never hold stale colours.
    QString key() const override { return QStringLiteral("SniDoctor::GlyphEngine"); }

private:
    StatusGlyph m_glyph;
};

} // namespace

QIcon statusIcon(StatusGlyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

} // namespace SniDoctor
