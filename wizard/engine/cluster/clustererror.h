#pragma once

#include "core/error.h"

namespace SniDoctor {

// What can go wrong between this machine and a cluster: the kubeconfig, a context,
// the credentials, a request and its answer. The stable id of each is in the comment;
// several codes may share one (they are the same failure, said more precisely).
enum class ClusterError
{
    // Reading the kubeconfig
    KubeconfigMissing,         // kubeconfig_missing {file}
    KubeconfigNotFound,        // kubeconfig_missing {files}
    KubeconfigUnreadable,      // kubeconfig_unreadable {file, reason}
    KubeconfigSyntax,          // kubeconfig_syntax {file, line, column, reason}
    KubeconfigNotMap,          // kubeconfig_syntax {file}
                               // Why one context cannot be used (the others stay usable)
    ContextUnknownCluster,     // kube_bad_context {context, cluster}
    ClusterCaNotBase64,        // kube_bad_context {cluster}
    ClusterNoServer,           // kube_bad_context {cluster}
    ContextUnknownUser,        // kube_bad_context {context, user}
    UserDataNotBase64,         // kube_bad_context {user}
    UserAuthProviderGcp,       // kube_bad_context {user}
    UserAuthProviderAzure,     // kube_bad_context {user}
                               // Building a connection from a context
    NoContext,                 // kube_no_context {context}
    NoCurrentContext,          // kube_no_context {contexts}: none chosen, none current
    BadProxy,                  // kube_bad_proxy {cluster, proxy}
    BadRequestTimeout,         // kube_bad_flag: --request-timeout is not a duration
    ImpersonationWithoutUser,  // kube_bad_flag: --as-group or --as-uid without --as
    CredentialFileUnreadable,  // kube_bad_credentials {file, reason}
    CaNotPem,                  // kube_bad_credentials {ca}: a file, or "data:CLUSTER"
    ClientCertificateNotPem,   // kube_bad_credentials {user, file}
    ClientCertificateExpired,  // kube_bad_credentials {user, file, certificate, date}
    ClientKeyMismatch,         // kube_bad_credentials {user, file, certificate, key}
    OidcExpired,               // kube_oidc_expired {user, file, date}
    OidcRefreshFailed,         // kube_oidc_refresh {user, file, issuer, reason}
    ExecNeeded,                // kube_exec_needed {user, command}
    ExecMissing,               // kube_exec_missing {command, hint}
    ExecNotStarted,            // kube_exec_failed {program, reason}
    ExecTimeout,               // kube_exec_failed {program, seconds}
    ExecFailed,                // kube_exec_failed {program, exit_code, stderr}
    ExecOutput,                // kube_exec_output {program}
    ExecNeedsTerminal,         // kube_exec_failed {program}: interactiveMode Always, no terminal
                               // A request
    Unauthorized,              // kube_unauthorized {server, user}
    Forbidden,                 // kube_forbidden {message}
    NotFound,                  // kube_not_found {message}
    HttpError,                 // kube_http_error {status, message}
    Canceled,                  // kube_canceled
    Timeout,                   // kube_timeout {server}: no byte for the idle timeout
    Deadline,                  // kube_timeout {server, seconds}: --request-timeout
    AnswerTooLarge,            // kube_answer_too_large {server, what: headers|body, limit}: MiB
    BadAnswer,                 // kube_bad_answer {server, reason}: not HTTP/1.1 as it should be
    Tls,                       // kube_tls {server, reason, ca}
    Proxy,                     // kube_proxy {proxy, reason}
    ProxyTls,                  // kube_proxy {proxy, reason}: TLS to an https:// proxy
    ClosedAfterTls,            // kube_closed_after_tls {server, user}
    ClosedAfterTlsCertificate, // kube_closed_after_tls {server, user, certificate}
    Unreachable,               // kube_unreachable {server, reason}
    NoCrd,                     // kube_no_crd {context, namespace}
                               // An answer that is not what was asked for
    PodsUnreadable,            // pods_unreadable {reason}
    RoutesSyntax,              // routes_syntax {file, line, column, reason}
    RoutesNone,                // routes_none {file}
    RoutesUnreadable,          // routes_unreadable {file, reason}
    RoutesTooLarge,            // routes_unreadable {file, limit}: MiB
    RoutesTooComplex,          // routes_unreadable {file, limit}: nodes (aliases of aliases)
};
[[nodiscard]] const ErrorDomain &errorDomain(ClusterError);

// Where the cluster's CA came from, as the Tls and CaNotPem errors name it: the file,
// "data:CLUSTER" for certificate-authority-data, empty for the system's CAs.
[[nodiscard]] QString caSourceText(const QString &caSource);

} // namespace SniDoctor
