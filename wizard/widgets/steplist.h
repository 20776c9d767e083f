#pragma once

#include "statusicon.h"

#include <QListWidget>

namespace SniDoctor {

// The wizard's side list: the runbook's steps with the state of each (the rows come
// from the step table through DoctorWizard::listRow).
class StepList final : public QListWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Pending,
        Current,
        Ok,
        Info,
        Warning,
        Error,
        Running
    };

    explicit StepList(QWidget *parent = nullptr);

    // Sets the steps' names (call again after a language change) keeping their states.
    void setStepNames(const QStringList &names);
    void setState(int step, State state);
    [[nodiscard]] State state(int step) const;
    void setStepToolTip(int step, const QString &text);

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    // A row was clicked, or chosen with Enter.
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh(int step);
    QList<State> m_states;
};

} // namespace SniDoctor
