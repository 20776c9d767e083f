#include "welcomepage.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace SniDoctor {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_choice(new QLabel(this))
    , m_live(new QRadioButton(this))
    , m_review(new QRadioButton(this))
    , m_reviewNote(new QLabel(this))
    , m_knownNoSni(new QCheckBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    for (QLabel *label : {m_intro, m_cause, m_reviewNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_live->setObjectName(QStringLiteral("modeLive"));
    m_review->setObjectName(QStringLiteral("modeReview"));
    m_live->setChecked(true);
    m_review->setEnabled(false); // offline review arrives with its own issue
    m_reviewNote->setIndent(24);
    m_choice->setBuddy(m_live);
    m_knownNoSni->setObjectName(QStringLiteral("knownNoSni"));
    registerField(QStringLiteral("knownNoSni"), m_knownNoSni);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_cause);
    layout->addSpacing(12);
    layout->addWidget(m_choice);
    layout->addWidget(m_live);
    layout->addWidget(m_review);
    layout->addWidget(m_reviewNote);
    layout->addSpacing(12);
    layout->addWidget(m_knownNoSni);
    layout->addStretch(1);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Why are API clients reset during the TLS handshake?"));
    setSubTitle(tr("SNI Doctor walks you through Apigee's runbook, runs each check for you and "
                   "says in plain words what the result means."));
    m_intro->setText(tr("<p>Your API client calls an Apigee hybrid endpoint and the connection "
                        "dies before any HTTP: Node.js and Postman say <b>ECONNRESET</b>, curl "
                        "says <b>Connection reset by peer</b>, and <tt>openssl s_client</tt> "
                        "says <b>no peer certificate available</b>.</p>"));
    m_cause->setText(tr("<p>The usual cause: the client sends no <b>SNI</b> (the server name in "
                        "its first TLS message). The Apigee ingress picks the certificate from "
                        "that name; when it is missing and no <i>wildcard route</i> accepts such "
                        "clients, the ingress sends no certificate and resets the connection. "
                        "The fix is an ApigeeRoute with hostnames <tt>[\"*\"]</tt> and "
                        "<tt>enableNonSniClient: true</tt>, listed in each virtual host's "
                        "<tt>additionalGateways</tt>.</p>"));
    m_choice->setText(tr("How do you want to work?"));
    m_live->setText(tr("&Diagnose a live endpoint from this machine"));
    m_live->setAccessibleName(tr("Diagnose a live endpoint"));
    m_review->setText(tr("Review collected files offline"));
    m_review->setAccessibleName(tr("Review collected files offline (coming)"));
    m_knownNoSni->setText(tr("I already &know the client sends no SNI: skip the logs and the capture and go to the probe (step 4)"));
    m_knownNoSni->setAccessibleName(tr("Client known to send no SNI"));
    m_reviewNote->setText(tr("<i>Coming in a later version: open a support bundle or a folder of "
                             "collected files, with no network and nothing executed.</i>"));
}

} // namespace SniDoctor
