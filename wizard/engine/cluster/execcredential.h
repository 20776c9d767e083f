#pragma once

#include "cluster/kubeconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace SniDoctor {

// What a client-go credential plugin printed (an ExecCredential's status).
struct ExecCredential
{
    QString token;
    QByteArray clientCertificateData; // PEM
    QByteArray clientKeyData;         // PEM: a secret, never logged
    QDateTime expiration;             // invalid: valid until the server says otherwise
};

// Runs the plugin the way kubectl does: the command found on PATH (or pluginPath when
// given, for desktop sessions whose PATH lacks the shell's), the kubeconfig's args
// and env, KUBERNETES_EXEC_INFO with spec.interactive false (and spec.cluster when
// provideClusterInfo), no standard input. Blocking, at most timeoutMs: call it from
// the command line or a worker thread, and in the GUI only after the user agreed.
// A credential is reused until it expires (per command, arguments and server).
// Errors: kube_exec_missing (with the installHint), kube_exec_failed (with the
// plugin's own message), kube_exec_output (not an ExecCredential).
[[nodiscard]] Result<ExecCredential> runExecPlugin(const KubeExec &exec, const KubeCluster &cluster,
                                                   int timeoutMs = 60000,
                                                   const QString &pluginPath = {});

// Forgets cached credentials (after a 401, or in tests).
void forgetExecCredentials();

} // namespace SniDoctor
