#pragma once

#include <QWizardPage>

class QLabel;
class QCheckBox;
class QRadioButton;

namespace SniDoctor {

// What the tool diagnoses and how the user wants to work: a live endpoint, or (in a
// later version) offline review of collected files.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro;
    QLabel *m_cause;
    QLabel *m_choice;
    QRadioButton *m_live;
    QRadioButton *m_review;
    QLabel *m_reviewNote;
    QCheckBox *m_knownNoSni;
};

} // namespace SniDoctor
