#pragma once

#include "cluster/kubeconfig.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace SniDoctor {

// When a JWT (an OIDC id-token) expires: its payload's exp claim; invalid when the
// token is not a JWT or has no exp.
[[nodiscard]] QDateTime jwtExpiry(const QString &token);

struct OidcTokens
{
    QString idToken;
    QString refreshToken; // the IdP's new one, or the one that was used
};

// The id-token a user of `auth-provider: oidc` sends, as the client-go plugin that
// kubectl 1.25 and earlier had gave it: the kubeconfig's while it has not expired;
// else renewed with its refresh-token at the issuer's token endpoint (found through
// idp-issuer-url's /.well-known/openid-configuration, trusted with
// idp-certificate-authority(-data) or the system's CAs; client-id and client-secret
// sent as HTTP Basic, then in the form if the IdP refuses that, as Go's oauth2 does),
// and the new tokens written back into the user's kubeconfig file (the whole file
// rewritten in one step, as kubectl's persister did: a refresh-token is often good
// once). Blocking, at most timeoutMs overall. Errors name the user entry and its file:
// kube_oidc_expired (no refresh-token: sign in again), kube_oidc_refresh (the IdP's
// answer, or why it could not be reached).
[[nodiscard]] Result<OidcTokens> oidcIdToken(const KubeUser &user, int timeoutMs);

} // namespace SniDoctor
