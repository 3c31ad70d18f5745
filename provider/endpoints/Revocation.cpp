#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Handlers.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse revocation(const EndpointContext& ctx)
{
    // RFC 7009. Public clients may revoke their own tokens too (they authenticate with client_id alone).
    auto request = authenticatedTokenRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const auto& [form, client, token] = std::get<TokenRequest>(request);
    // (Not a capture of the structured binding itself: C++17 does not allow that.)
    auto refused = [clientId = client->clientId] {
        HttpResponse r = errorResponse(
            OAuthError{u"unauthorized_client"_s, u"the token was not issued to this client"_s});
        r.clientId = clientId;
        return r;
    };

    if (const auto refresh = ctx.grants.refreshToken(token)) {
        if (refresh->clientId != client->clientId || refresh->issuerId != ctx.issuer.config.id)
            return refused();
        // 2.1: revoking a refresh token also revokes the access tokens of the same grant.
        ctx.grants.revokeFamily(refresh->familyId);
    } else if (const auto claims = tokens::accessTokenClaims(ctx, token.toLatin1(), nullptr)) {
        if (claims->value(u"client_id"_s).toString() != client->clientId)
            return refused();
        ctx.grants.revokeAccessToken(
            {claims->value(u"jti"_s).toString(), claims->value(u"exp"_s).toInteger(0)});
    }
    // 2.2: unknown, invalid and already revoked tokens are answered with 200 as well.
    HttpResponse r;
    setNoStore(r);
    r.clientId = client->clientId;
    return r;
}

} // namespace provider::endpoints
