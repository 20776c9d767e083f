#pragma once

#include "cluster/kubeconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace SniDoctor {

// What a client-go credential plugin printed (an ExecCredential's status).
struct ExecCredential
{
    QString token;
    QByteArray clientCertificateData; // PEM
    QByteArray clientKeyData;         // PEM: a secret, never logged
    QDateTime expiration;             // invalid: valid until the server says otherwise
};

// How a plugin runs.
struct ExecRunOptions
{
    int timeoutMs = 300000; // the request deadline (--request-timeout); 0: none
    // Whether this process's standard input is a terminal the plugin may ask on
    // (client-go's check for interactiveMode); -1: look at it (isatty).
    int stdinIsTerminal = -1;
    std::function<bool()> canceled; // Stop or Ctrl+C: the plugin is ended
};

// A plugin's time limit for a request timeout (kubectl's --request-timeout in ms): that
// deadline when one is given, none for 0, and by default (-1) 5 minutes, time to sign in.
[[nodiscard]] constexpr int pluginTimeoutMs(int requestTimeoutMs)
{
    return requestTimeoutMs >= 0 ? requestTimeoutMs : 300000;
}

// Runs the plugin the way kubectl does: the command found on PATH (or pluginPath when
// given, for desktop sessions whose PATH lacks the shell's), the kubeconfig's args
// and env, KUBERNETES_EXEC_INFO with spec.cluster when provideClusterInfo, and
// interactiveMode as client-go honours it: Never gets no standard input; IfAvailable
// (v1beta1's default) gets this process's when it is a terminal; Always needs one
// (kube_exec_failed when there is none). spec.interactive says which. The plugin's
// standard error reaches the user as it is written (the exec stderr sink): device
// codes and sign-in URLs are seen while it waits. Blocking, at most
// options.timeoutMs: call it from the command line or a worker thread, and in the GUI
// only after the user agreed. A credential is reused until it expires (per command,
// arguments and server). Errors: kube_exec_missing (with the installHint),
// kube_exec_failed (with the plugin's own message), kube_exec_output (not an
// ExecCredential), kube_canceled.
[[nodiscard]] Result<ExecCredential> runExecPlugin(const KubeExec &exec, const KubeCluster &cluster,
                                                   const ExecRunOptions &options = {},
                                                   const QString &pluginPath = {});

// Where plugins' standard error goes as they write it: by default this process's
// standard error (the command line, like kubectl); the GUI shows it in a window.
// Called on the thread that runs the plugin; once more with an empty text when a
// plugin that said something has ended.
using ExecStderrSink = std::function<void(const QString &program, const QByteArray &text)>;
void setExecStderrSink(ExecStderrSink sink);

// Forgets cached credentials (all, or the one of a plugin and server: after a 401).
void forgetExecCredentials();
void forgetExecCredential(const KubeExec &exec, const KubeCluster &cluster);

} // namespace SniDoctor
