#pragma once

#include "core/finding.h"

#include <QWidget>

class QLabel;

namespace SniDoctor {

// The end of every step's page: the verdict in one sentence with its severity icon,
// each finding's title and explanation, and what it means for the next step. Texts
// come already translated; the page re-sets them on a language change.
class VerdictPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        QString title;
        QString detail;
    };

    // objectPrefix names the labels for tests and accessibility tools:
    // PREFIXVerdict, PREFIXFindings, PREFIXNextStep.
    explicit VerdictPanel(const QString &objectPrefix, QWidget *parent = nullptr);

    void showVerdict(const QString &verdict, const Finding *lead, const QList<Item> &findings,
                     const QString &nextStep);
    void showPlaceholder(const QString &text);
    // Marks what it shows as the result of other inputs than the ones on the page now
    // (the user changed them after the run): said above the verdict, which is dimmed.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_stale; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_findings;
    QLabel *m_nextStep;
    QLabel *m_staleNote;
    bool m_stale = false;
};

} // namespace SniDoctor
