#include "client/Browser.h"
#include "client/LoopbackListener.h"
#include "client/flows/FlowHelpers.h"
#include "client/flows/RelyingParty.h"
#include "core/jose/Crypto.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Pkce.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

// Resource and management endpoints: userinfo, introspection, revocation.

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

bool RelyingParty::userInfo(UserInfoMethod method)
{
    if (!begin(FlowResult::Operation::UserInfo))
        return false;
    if (m_tokens.accessToken.isEmpty()) {
        fail(u"There is no access token: sign in first"_s);
        return true;
    }
    withMetadata(guarded([this, method] {
        if (!requireEndpoint(m_metadata->userinfoEndpoint, u"userinfo_endpoint"_s))
            return;
        OutgoingRequest request;
        request.url = m_metadata->userinfoEndpoint;
        if (method == UserInfoMethod::Get) {
            request.headers.emplaceBack("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
        } else {
            // RFC 6750 2.2: the token as a form parameter.
            request.method = "POST";
            request.headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
            core::FormData form;
            form.add(u"access_token"_s, m_tokens.accessToken);
            request.body = form.encode();
        }
        call(u"UserInfo request"_s, request, [this](const HttpExchange& x) {
            if (x.status == 401 || x.status == 403) {
                const auto error = bearerChallengeError(x);
                fail(u"The userinfo request was refused: %1 (HTTP %2)"_s
                         .arg(error ? error->toString() : u"no reason given"_s)
                         .arg(x.status),
                    error);
                return;
            }
            auto finishWith = [this](const QJsonObject& claims) {
                m_result.body = claims;
                const QJsonValue sub = m_idTokenClaims.value(u"sub"_s);
                if (!sub.isUndefined()) {
                    // OIDC Core 5.3.2: a mismatch means the response must not be used.
                    const bool same = claims.value(u"sub"_s) == sub;
                    addCheck(u"userinfo_sub"_s, same,
                        same
                            ? u"userinfo's sub is the ID token's"_s
                            : u"userinfo's sub \"%1\" is not the ID token's \"%2\": the response must not be used"_s
                                  .arg(claims.value(u"sub"_s).toString(), sub.toString()));
                }
                succeed();
            };
            const QByteArray type = x.responseHeader("content-type").split(';').first().trimmed();
            if (x.status == 200 && type == "application/jwt") {
                // A signed userinfo response (OIDC Core 5.3.2): checked like any JWT from the issuer.
                ValidationOptions options = idTokenOptions();
                options.idToken = false;
                validate(QString::fromUtf8(x.responseBody.trimmed()), options,
                    [this, finishWith](const ValidationReport& report) {
                        m_result.accessToken.reset();
                        m_result.idToken = report;
                        guarded([finishWith, report] { finishWith(report.claims); })();
                    });
                return;
            }
            const auto json = jsonAnswer(x, u"The userinfo request"_s);
            if (json)
                finishWith(*json);
        });
    }));
    return true;
}

std::optional<core::FormData> RelyingParty::tokenForm(TokenKind kind, const QString& verb)
{
    const bool access = kind == TokenKind::Access;
    const QString token = access ? m_tokens.accessToken : m_tokens.refreshToken;
    if (token.isEmpty()) {
        fail(u"There is no %1 token to %2"_s.arg(access ? u"access"_s : u"refresh"_s, verb));
        return std::nullopt;
    }
    core::FormData form;
    form.add(u"token"_s, token);
    form.add(u"token_type_hint"_s, access ? u"access_token"_s : u"refresh_token"_s);
    return form;
}

bool RelyingParty::introspect(TokenKind kind)
{
    if (!begin(FlowResult::Operation::Introspection))
        return false;
    const auto form = tokenForm(kind, u"introspect"_s);
    if (!form)
        return true;
    withMetadata(guarded([this, form] {
        if (!requireEndpoint(m_metadata->introspectionEndpoint, u"introspection_endpoint"_s))
            return;
        call(u"Introspection request"_s, clientPost(m_metadata->introspectionEndpoint, *form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The introspection request"_s);
                if (!json)
                    return;
                if (!json->value(u"active"_s).isBool()) {
                    fail(u"The introspection response has no boolean \"active\" (RFC 7662 2.2)"_s);
                    return;
                }
                note(u"Introspection"_s,
                    json->value(u"active"_s).toBool() ? u"the token is active"_s
                                                      : u"the token is not active"_s);
                m_result.body = *json;
                succeed();
            });
    }));
    return true;
}

bool RelyingParty::revoke(TokenKind kind)
{
    if (!begin(FlowResult::Operation::Revocation))
        return false;
    const auto form = tokenForm(kind, u"revoke"_s);
    if (!form)
        return true;
    withMetadata(guarded([this, kind, form] {
        if (!requireEndpoint(m_metadata->revocationEndpoint, u"revocation_endpoint"_s))
            return;
        call(u"Revocation request"_s, clientPost(m_metadata->revocationEndpoint, *form),
            [this, kind](const HttpExchange& x) {
                // RFC 7009 2.2: 200 whether or not the token was valid; the body is ignored.
                if (x.status != 200) {
                    const auto error = core::OAuthError::fromJsonBody(x.responseBody, x.status);
                    fail(u"The revocation request was refused: %1 (HTTP %2)"_s
                             .arg(error ? error->toString() : summary(x))
                             .arg(x.status),
                        error);
                    return;
                }
                if (kind == TokenKind::Access)
                    m_tokens.accessToken.clear();
                else
                    m_tokens.refreshToken.clear();
                succeed();
            });
    }));
    return true;
}

} // namespace client
