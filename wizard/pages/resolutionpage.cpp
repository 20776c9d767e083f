#include "resolutionpage.h"

#include "autodiagnosisrun.h"
#include "case/casemodel.h"
#include "cluster/clusterfetch.h"
#include "cluster/routesresult.h"
#include "clusteraccess.h"
#include "commandbox.h"
#include "core/savefile.h"
#include "diffhighlighter.h"
#include "probe/probematrixtext.h"
#include "probematrixview.h"
#include "verdictpanel.h"
#include "watchpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

QPlainTextEdit *codeView()
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setMinimumHeight(160);
    return view;
}

// Applying from here goes only into the cluster the routes were read from.
bool routesFromCluster(const CaseData &data)
{
    const StepRecord *routes = data.record(Step::Routes);
    return routes && routes->origin().kind == Origin::Kind::Cluster;
}

ClusterTarget routesCluster(const CaseData &data)
{
    const RoutesResult *routes = data.result<RoutesResult>(Step::Routes);
    return routes ? routes->cluster : data.cluster;
}

} // namespace

ResolutionPage::ResolutionPage(CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_intro(new QLabel)
    , m_verdict(new VerdictPanel(QStringLiteral("resolution")))
    , m_confidence(new QLabel)
    , m_evidenceLabel(new QLabel)
    , m_evidence(new QTextBrowser)
    , m_nameLabel(new QLabel)
    , m_routeName(new QLineEdit)
    , m_toolLabel(new QLabel)
    , m_tool(new QComboBox)
    , m_files(new QTabWidget)
    , m_routeText(codeView())
    , m_diffText(codeView())
    , m_copyRoute(new QPushButton)
    , m_saveRoute(new QPushButton)
    , m_copyDiff(new QPushButton)
    , m_saveDiff(new QPushButton)
    , m_checks(new QLabel)
    , m_commands(new CommandBox)
    , m_dryRun(new QPushButton)
    , m_apply(new QPushButton)
    , m_verify(new QPushButton)
    , m_matrixLabel(new QLabel)
    , m_matrix(new ProbeMatrixView)
    , m_watchPanel(new WatchPanel(model, [model] { return model->data().cluster.ns; }))
{
    setObjectName(QStringLiteral("resolutionPage"));
    m_confidence->setObjectName(QStringLiteral("resolutionConfidence"));
    m_evidence->setObjectName(QStringLiteral("resolutionEvidence"));
    m_routeName->setObjectName(QStringLiteral("resolutionRouteName"));
    m_tool->setObjectName(QStringLiteral("resolutionTool"));
    m_routeText->setObjectName(QStringLiteral("resolutionRoute"));
    m_diffText->setObjectName(QStringLiteral("resolutionDiff"));
    m_files->setObjectName(QStringLiteral("resolutionFiles"));
    new DiffHighlighter(m_diffText->document());
    m_checks->setObjectName(QStringLiteral("resolutionChecks"));
    m_commands->setObjectName(QStringLiteral("resolutionCommands"));
    m_verify->setObjectName(QStringLiteral("resolutionVerify"));
    m_dryRun->setObjectName(QStringLiteral("resolutionDryRun"));
    m_apply->setObjectName(QStringLiteral("resolutionApply"));
    statusLabel()->setObjectName(QStringLiteral("resolutionVerifyResult"));
    m_matrixLabel->setObjectName(QStringLiteral("resolutionMatrixLabel"));
    m_matrixLabel->setBuddy(m_matrix->table());
    for (QLabel *label : {m_intro, m_confidence, m_checks})
        label->setWordWrap(true);
    m_nameLabel->setBuddy(m_routeName);
    m_toolLabel->setBuddy(m_tool);
    m_evidenceLabel->setBuddy(m_evidence);
    for (QPushButton *button : {m_copyRoute, m_saveRoute, m_copyDiff, m_saveDiff})
        button->setAutoDefault(false);
    m_evidence->setOpenLinks(false);
    m_evidence->setMinimumHeight(150);
    m_evidence->setMaximumHeight(260);
    m_tool->addItem(QString(), QStringLiteral("helm"));
    m_tool->addItem(QString(), QStringLiteral("apigeectl"));
    // The case's fix options, prefilled from the last ones used (preferences).
    FixOptions fix = model->data().fix;
    fix.tool = QSettings().value(QStringLiteral("resolution/tool")).toString() ==
                       QLatin1String("apigeectl")
                   ? InstallTool::Apigeectl
                   : InstallTool::Helm;
    model->setFix(fix);
    m_routeName->setText(fix.routeName);
    m_tool->setCurrentIndex(fix.tool == InstallTool::Apigeectl ? 1 : 0);

    auto *routeTab = new QWidget;
    auto *routeLayout = new QVBoxLayout(routeTab);
    routeLayout->addWidget(m_routeText);
    auto *routeButtons = new QHBoxLayout;
    routeButtons->addStretch(1);
    routeButtons->addWidget(m_copyRoute);
    routeButtons->addWidget(m_saveRoute);
    routeLayout->addLayout(routeButtons);
    auto *diffTab = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffTab);
    diffLayout->addWidget(m_diffText);
    auto *diffButtons = new QHBoxLayout;
    diffButtons->addStretch(1);
    diffButtons->addWidget(m_copyDiff);
    diffButtons->addWidget(m_saveDiff);
    diffLayout->addLayout(diffButtons);
    m_files->addTab(routeTab, QString());
    m_files->addTab(diffTab, QString());

    auto *options = new QHBoxLayout;
    options->addWidget(m_nameLabel);
    options->addWidget(m_routeName);
    options->addSpacing(16);
    options->addWidget(m_toolLabel);
    options->addWidget(m_tool);
    options->addStretch(1);
    content()->addWidget(m_intro);
    content()->addWidget(m_verdict);
    content()->addWidget(m_confidence);
    content()->addWidget(m_evidenceLabel);
    content()->addWidget(m_evidence);
    content()->addWidget(m_matrixLabel);
    content()->addWidget(m_matrix);
    content()->addLayout(options);
    content()->addWidget(m_files);
    content()->addWidget(m_checks);
    content()->addWidget(m_commands);
    addTaskRow({m_dryRun, m_apply, m_verify});
    content()->addWidget(m_watchPanel);
    content()->addStretch(1);

    connect(m_dryRun, &QPushButton::clicked, this, [this] { applyToCluster(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_remediation)
            return;
        const ClusterTarget target = routesCluster(caseModel()->data());
        // Nothing changes in the cluster without this yes, on the exact route.
        QMessageBox question(
            QMessageBox::Question, tr("Apply to the cluster"),
            tr("Apply the ApigeeRoute %1 to namespace %2 of context %3? This changes the cluster. "
               "The virtual hosts still need the overrides.yaml change, applied with your tooling.")
                .arg(m_remediation->routeName,
                     target.ns.isEmpty() ? QStringLiteral("apigee") : target.ns, target.context),
            QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(QStringLiteral("resolutionApplyConfirm"));
        question.setDetailedText(QString::fromUtf8(m_remediation->routeYaml));
        question.setDefaultButton(QMessageBox::No);
        if (question.exec() == QMessageBox::Yes)
            applyToCluster(false);
    });
    connect(m_verify, &QPushButton::clicked, this, &ResolutionPage::verify);
    // Each keystroke: the bundle and the fix never see an older name, whatever moves on.
    connect(m_routeName, &QLineEdit::textEdited, this, &ResolutionPage::updateFixOptions);
    connect(m_tool, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("resolution/tool"), m_tool->currentData());
        updateFixOptions();
    });
    connect(m_copyRoute, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_routeText->toPlainText()); });
    connect(m_copyDiff, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_diffText->toPlainText()); });
    connect(m_saveRoute, &QPushButton::clicked, this, [this] {
        if (!m_remediation)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the ApigeeRoute"), m_remediation->routeName + QStringLiteral(".yaml"),
            tr("YAML (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            saveRoute(path);
    });
    connect(m_saveDiff, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the overrides.yaml change"), QStringLiteral("overrides-non-sni.patch"),
            tr("Patches (*.patch *.diff);;All files (*)"));
        if (!path.isEmpty())
            saveDiff(path);
    });
    connect(m_evidence, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("step"))
            return;
        if (const std::optional<Step> step = stepFromId(url.path()))
            Q_EMIT showStep(*step);
    });
    connect(model, &CaseModel::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(model, &CaseModel::loaded, this, [this] {
        m_routeName->setText(caseModel()->data().fix.routeName);
        m_tool->setCurrentIndex(caseModel()->data().fix.tool == InstallTool::Apigeectl ? 1 : 0);
    });
    markLive({m_verify, m_dryRun, m_apply});
    markLiveOnly({m_intro, m_watchPanel});
    translate();
}

void ResolutionPage::initializePage()
{
    refresh();
    // Opens on what changes: the overrides.yaml change when the route stays as it is.
    if (m_remediation)
        m_files->setCurrentIndex(
            !m_remediation->routeNeeded && !m_remediation->overridesDiff.isEmpty() ? 1 : 0);
}

void ResolutionPage::updateFixOptions()
{
    FixOptions fix = caseModel()->data().fix;
    const QString name = m_routeName->text().trimmed();
    fix.routeName = name.isEmpty() ? QStringLiteral("non-sni") : name;
    fix.tool = m_tool->currentData().toString() == QLatin1String("apigeectl")
                   ? InstallTool::Apigeectl
                   : InstallTool::Helm;
    caseModel()->setFix(fix); // the case's changed() refreshes this page
}

// The verdict and the fix, from the case as it is now.
void ResolutionPage::refresh()
{
    const CaseData &data = caseModel()->data();
    m_diagnosis = diagnose(data);
    m_remediation = remediationFor(data, *m_diagnosis);
    showDiagnosis();
}

// Verify says what is missing when no probe was run; the cluster buttons show only for
// a case whose routes came from a cluster (showDiagnosis).
void ResolutionPage::updateActions() {}

QString ResolutionPage::reviewSubTitle() const
{
    return tr("Review (read-only): the verdict from the collected files. Nothing is run against a "
              "cluster.");
}

void ResolutionPage::verify()
{
    if (!caseModel()->data().probeMatrix.isNull()) {
        verifyAutomatically();
        return;
    }
    const ProbeTarget target = caseEndpoint(caseModel()->data());
    if (target.host.isEmpty()) {
        setStatus([] {
            return tr("Run the probe once first (step 4): Verify probes the same endpoint again.");
        });
        return;
    }
    run<ProbeReport>(
        [target](TaskControl &control) { return runProbe(target, control); },
        [this](const Result<ProbeReport> &result) {
            if (!result) {
                setStatus([error = result.error()] { return error.message(); });
                return;
            }
            const ProbeReport report = result.value();
            // Step 4's result, as the verification of the fix: the verdict weighs what
            // the steps read before it as the state before the fix (diagnose).
            caseModel()->setVerification(StepRecord(report, Origin::thisMachine()));
            bool accepted = false;
            for (const Finding &finding : report.findings)
                accepted = accepted || finding.id == QLatin1String("non_sni_accepted");
            setStatus([accepted, host = report.target.host] {
                return accepted
                           ? tr("Verified: a client without SNI now gets a certificate from %1. "
                                "Clients without SNI are served.")
                                 .arg(host)
                           : tr("Not fixed yet: %1 still refuses a client without SNI. Check that "
                                "the route is running and the virtual hosts were applied, then "
                                "verify again.")
                                 .arg(host);
            });
            refresh();
        },
        [host = target.host] { return tr("Probing %1 again with and without SNI…").arg(host); });
}

void ResolutionPage::verifyAutomatically()
{
    if (isRunning())
        return;
    withClusterConsent(
        this, caseModel()->data().cluster,
        [this](const ClusterRequest &request) {
            run<AutoDiagnosis>(
                [request](TaskControl &control) {
                    return runAutoDiagnosis(autoDiagnosisRequest(request), control);
                },
                [this](const Result<AutoDiagnosis> &result) {
                    if (!result) {
                        setStatus([error = result.error()] { return error.message(); });
                        return;
                    }
                    applyAutoDiagnosis(caseModel(), result.value(), true);
                    const CaseData &data = caseModel()->data();
                    QList<MatrixComparisonRow> rows;
                    if (!data.probeMatrix.isNull() && !data.probeMatrixBefore.isNull())
                        rows = compareMatrices(data.probeMatrixBefore.as<ProbeMatrix>(),
                                               data.probeMatrix.as<ProbeMatrix>());
                    setStatus([rows] { return ProbeMatrixText::comparison(rows); });
                    refresh();
                },
                [] {
                    return tr("Diagnosing again: every host through every ingress, with and "
                              "without SNI…");
                });
        },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

void ResolutionPage::applyToCluster(bool dryRun)
{
    if (!m_remediation || isRunning())
        return;
    const QString name = m_remediation->routeName;
    const QByteArray yaml = m_remediation->routeYaml;
    withClusterConsent(
        this, routesCluster(caseModel()->data()),
        [this, name, yaml, dryRun](const ClusterRequest &request) {
            run<QString>(
                [request, name, yaml, dryRun](TaskControl &control) {
                    return applyRoute(request, name, yaml, dryRun, control);
                },
                [this, dryRun](const Result<QString> &result) {
                    if (!result) {
                        setStatus([error = result.error()] { return error.message(); });
                        return;
                    }
                    // Verify after the fix: a case diagnosed automatically is diagnosed
                    // again, before and after side by side.
                    if (!dryRun && !caseModel()->data().probeMatrix.isNull()) {
                        QMetaObject::invokeMethod(this, &ResolutionPage::verifyAutomatically,
                                                  Qt::QueuedConnection);
                        return;
                    }
                    // The cluster changed, not yet the case: the verdict waits for Verify.
                    refresh();
                    setStatus([dryRun, name = result.value()] {
                        return dryRun ? tr("Dry run passed: the API server accepts the route %1. "
                                           "Nothing was changed.")
                                            .arg(name)
                                      : tr("Applied: the route %1 is in the cluster. Apply the "
                                           "virtual hosts, then Verify.")
                                            .arg(name);
                    });
                },
                [dryRun] {
                    return dryRun ? tr("Dry run on the cluster…") : tr("Applying to the cluster…");
                });
        },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

bool ResolutionPage::saveText(const QString &path, const QByteArray &data)
{
    // Beside it and renamed: a link at path is replaced, not written through.
    if (const QString why = writeFileReplacing(path, data,
                                               QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !why.isEmpty()) {
        setStatus([path, why] { return tr("Not saved: %1: %2").arg(path, why); });
        return false;
    }
    setStatus([path] { return tr("Saved %1.").arg(path); });
    return true;
}

bool ResolutionPage::saveRoute(const QString &path)
{
    return m_remediation && saveText(path, m_remediation->routeYaml);
}

bool ResolutionPage::saveDiff(const QString &path)
{
    return m_remediation && !m_remediation->overridesDiff.isEmpty() &&
           saveText(path, m_remediation->overridesDiff.toUtf8());
}

void ResolutionPage::retranslate()
{
    setTexts(tr("Step 7: Verdict and fix"),
             tr("One verdict from every step you ran, the evidence behind it, and the change "
                "that fixes it."));
    m_intro->setText(
        tr("SNI Doctor combines what the steps found. The generated route and overrides.yaml "
           "change are "
           "checked by the same validators as steps 5 and 6. Nothing is applied from here: run the "
           "commands yourself, a dry run first, then Verify."));
    m_evidenceLabel->setText(tr("Evi&dence (click a step to see it again):"));
    m_evidence->setAccessibleName(tr("Evidence behind the verdict"));
    m_nameLabel->setText(tr("Route na&me:"));
    m_routeName->setAccessibleName(tr("Name of the wildcard route to create"));
    m_toolLabel->setText(tr("Ins&talled with:"));
    m_tool->setItemText(0, tr("Helm (hybrid 1.12 and later)"));
    m_tool->setItemText(1, tr("apigeectl (hybrid 1.11 and earlier)"));
    m_tool->setAccessibleName(tr("Tool Apigee hybrid was installed with"));
    m_copyRoute->setText(tr("Copy"));
    m_copyRoute->setAccessibleName(tr("Copy the ApigeeRoute"));
    m_saveRoute->setText(tr("Save…"));
    m_saveRoute->setAccessibleName(tr("Save the ApigeeRoute to a file"));
    m_copyDiff->setText(tr("Copy"));
    m_copyDiff->setAccessibleName(tr("Copy the overrides.yaml change"));
    m_saveDiff->setText(tr("Save…"));
    m_saveDiff->setAccessibleName(tr("Save the overrides.yaml change as a patch"));
    m_dryRun->setText(tr("&Dry run on the cluster"));
    m_dryRun->setAccessibleName(
        tr("Check the route with the cluster's API server without changing anything"));
    m_apply->setText(tr("&Apply to the cluster…"));
    m_apply->setAccessibleName(tr("Apply the route to the cluster, after confirming"));
    m_matrixLabel->setText(tr("Every &host through every ingress (automatic diagnosis):"));
    stopButton()->setAccessibleName(tr("Stop verifying"));
    showDiagnosis();
}

void ResolutionPage::showDiagnosis()
{
    const CaseData &data = caseModel()->data();
    m_matrix->setMatrix(
        data.probeMatrix.isNull() ? nullptr : &data.probeMatrix.as<ProbeMatrix>(),
        data.probeMatrixBefore.isNull() ? nullptr : &data.probeMatrixBefore.as<ProbeMatrix>());
    m_matrixLabel->setVisible(!data.probeMatrix.isNull());
    // Verify: for a case diagnosed automatically, the automatic diagnosis again.
    const bool automatic = !data.probeMatrix.isNull();
    m_verify->setText(automatic ? tr("&Verify: diagnose again automatically")
                                : tr("&Verify: probe again without SNI"));
    m_verify->setAccessibleName(automatic ? tr("Diagnose again: every host through every ingress")
                                          : tr("Probe the endpoint again to verify the fix"));
    if (!m_diagnosis) {
        m_verdict->showPlaceholder(tr("Run some of the steps first."));
        return;
    }
    const Diagnosis &diagnosis = *m_diagnosis;
    const Finding lead{rootCauseId(diagnosis.rootCause), diagnosisSeverity(diagnosis), {}};
    m_verdict->showVerdict(diagnosisTitle(diagnosis) + QLatin1Char('.'), &lead, {},
                           diagnosisSummary(diagnosis));
    QStringList names;
    for (Step step : diagnosis.stepsRun)
        names << stepLabel(step);
    m_confidence->setText(
        tr("Confidence: %1. Steps run: %2.")
            .arg(diagnosisConfidenceText(diagnosis),
                 names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    // Each piece of evidence: its step (a link back to it), what it found, where and when.
    QString html;
    // A fixed case's other evidence is what the steps found before the fix.
    const QString conflictText = diagnosis.rootCause == RootCause::Fixed ? tr("Before the fix: %1")
                                                                         : tr("Says otherwise: %1");
    auto addRows = [&html, &conflictText](const QList<DiagnosisEvidence> &items, bool conflict) {
        for (const DiagnosisEvidence &evidence : items) {
            const QString where =
                diagnosisEvidencePlace(evidence, QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            const QString text = diagnosisEvidenceText(evidence);
            html += QStringLiteral("<p><a href=\"step:%1\">%2</a>: %3<br><small>%4</small></p>")
                        .arg(stepId(evidence.step), stepLabel(evidence.step).toHtmlEscaped(),
                             (conflict ? conflictText.arg(text) : text).toHtmlEscaped(),
                             where.toHtmlEscaped());
        }
    };
    addRows(diagnosis.evidence, false);
    addRows(diagnosis.conflicts, true);
    if (html.isEmpty())
        html = tr("No evidence yet.").toHtmlEscaped();
    m_evidence->setHtml(html);

    const bool fix = m_remediation.has_value();
    // Applying from here: only into the cluster the routes were read from, and only a
    // route that needs no placeholder filled in.
    const bool canApply = fix && m_remediation->routeNeeded && m_remediation->credentialKnown &&
                          routesFromCluster(caseModel()->data());
    m_dryRun->setVisible(canApply);
    m_apply->setVisible(canApply);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_nameLabel, m_routeName, m_toolLabel,
                                                            m_tool, m_files, m_checks, m_commands})
        widget->setVisible(fix);
    if (!fix)
        return;
    const Remediation &remediation = *m_remediation;
    m_files->setTabText(0, remediation.routeNeeded
                               ? tr("ApigeeRoute (%1.yaml)").arg(remediation.routeName)
                               : tr("ApigeeRoute %1 (no change)").arg(remediation.routeName));
    m_files->setTabText(1, tr("overrides.yaml change"));
    m_routeText->setPlainText(
        remediation.routeNeeded
            ? QString::fromUtf8(remediation.routeYaml)
            : tr("The wildcard route %1 exists and enables clients without SNI: it stays as it is.")
                  .arg(remediation.routeName));
    m_diffText->setPlainText(!remediation.overridesDiff.isEmpty() ? remediation.overridesDiff
                             : !caseModel()->data().has(Step::Overrides)
                                 ? tr("Open overrides.yaml in step 6 to get the change to it here.")
                                 : tr("overrides.yaml already lists %1 in every virtual host.")
                                       .arg(remediation.routeName));
    m_saveRoute->setEnabled(remediation.routeNeeded);
    m_saveDiff->setEnabled(!remediation.overridesDiff.isEmpty());
    QStringList checks;
    checks << ((remediation.routeProblems.isEmpty() && remediation.overridesProblems.isEmpty())
                   ? tr("Checked: the route and the overrides.yaml change pass SNI Doctor's own "
                        "validators.")
                   : tr("Check before applying: %1.")
                         .arg((remediation.routeProblems + remediation.overridesProblems)
                                  .join(QStringLiteral(", "))));
    if (remediation.routeNeeded && !remediation.credentialKnown)
        checks << tr("credentialName is a placeholder: replace it with the TLS secret of a virtual "
                     "host (kubectl -n "
                     "apigee get apigeeroutes -o yaml | grep credentialName).");
    if (!remediation.skippedHosts.isEmpty())
        checks << tr("Add the route by hand to: %1.")
                      .arg(remediation.skippedHosts.join(QStringLiteral(", ")));
    m_checks->setText(checks.join(QLatin1Char('\n')));
    m_commands->setCommands(remediation.commands);
}

} // namespace SniDoctor
