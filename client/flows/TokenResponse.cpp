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

// Token responses: the checks every token response gets (token_type, ID token, refresh rotation, JWT
// access tokens).

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

void RelyingParty::receiveTokens(const QJsonObject& json, const TokenExpectations& expected)
{
    TokenSet tokens = tokenSetFrom(json);
    if (tokens.accessToken.isEmpty()) {
        fail(u"The token response has no access_token (RFC 6749 5.1 requires one)"_s);
        return;
    }
    const bool bearer = tokens.tokenType.compare(u"Bearer"_s, Qt::CaseInsensitive) == 0;
    addCheck(u"token_type"_s, bearer,
        bearer ? u"token_type is Bearer"_s
               : u"token_type is \"%1\", not Bearer (RFC 6750): this client cannot use it"_s.arg(
                   tokens.tokenType));
    if (expected.refresh) {
        const bool rotated = !tokens.refreshToken.isEmpty() && tokens.refreshToken != m_tokens.refreshToken;
        note(u"Refresh token"_s,
            rotated ? u"rotated: the provider issued a new refresh token, the old one should now be dead"_s
                    : u"kept: no new refresh token, the current one stays in use"_s);
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = m_tokens.refreshToken; // RFC 6749 6: keep using the old one
    }
    const bool expectIdToken = expected.idTokenExpected && !expected.refresh;
    if (expectIdToken && tokens.idToken.isEmpty())
        addCheck(u"id_token"_s, false, u"the openid scope was requested but no ID token came back"_s);

    auto done = [this, tokens] {
        m_result.tokens = tokens;
        if (tokens.idToken.isEmpty() && !m_tokens.idToken.isEmpty())
            m_result.tokens.idToken = m_tokens.idToken; // a refresh without a new ID token keeps the old
        m_tokens = m_result.tokens;
        succeed();
    };
    auto checkAccessToken = [this, tokens, done] {
        // JWT access tokens (RFC 9068) are shown checked, though a client must treat them as opaque.
        if (!looksLikeJwt(tokens.accessToken)) {
            done();
            return;
        }
        ValidationOptions options = idTokenOptions();
        options.clientId.clear();
        options.idToken = false;
        validate(tokens.accessToken, options, [this, done](const ValidationReport& report) {
            m_result.accessToken = report;
            guarded(done)();
        });
    };
    if (tokens.idToken.isEmpty()) {
        checkAccessToken();
        return;
    }
    ValidationOptions options = idTokenOptions();
    options.nonce = expected.nonce;
    options.accessToken = tokens.accessToken;
    options.code = expected.code;
    const QJsonObject previous = m_idTokenClaims;
    validate(tokens.idToken, options,
        [this, expected, previous, checkAccessToken](const ValidationReport& report) {
            m_result.idToken = report;
            if (expected.refresh && !previous.isEmpty()) {
                // OIDC Core 12.2: same iss and sub, and the same auth_time if there was one.
                const bool sameSub = report.claims.value(u"sub"_s) == previous.value(u"sub"_s);
                addCheck(u"refresh_sub"_s, sameSub,
                    sameSub ? u"the refreshed ID token is about the same user"_s
                            : u"the refreshed ID token's sub differs from the original's (OIDC Core 12.2)"_s);
            }
            m_idTokenClaims = report.claims;
            note(u"ID token"_s,
                report.valid() ? u"valid"_s : u"failed: "_s + report.failedChecks().join(u", "_s),
                !report.valid());
            guarded(checkAccessToken)();
        });
}

} // namespace client
