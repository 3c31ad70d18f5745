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

// The grants without a browser at the start: client credentials, refresh, device authorization.

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

bool RelyingParty::clientCredentials()
{
    if (!begin(FlowResult::Operation::ClientCredentials))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"grant_type"_s, u"client_credentials"_s);
        // No user, so no OpenID Connect scopes.
        QStringList scopes = m_profile.scopes;
        for (const QString& oidc :
            {u"openid"_s, u"profile"_s, u"email"_s, u"address"_s, u"phone"_s, u"offline_access"_s})
            scopes.removeAll(oidc);
        if (!scopes.isEmpty())
            form.add(u"scope"_s, scopes.join(u' '));
        call(u"Token request (client credentials)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The token request"_s);
                if (json)
                    receiveTokens(*json, {});
            });
    }));
    return true;
}

bool RelyingParty::refresh()
{
    if (!begin(FlowResult::Operation::Refresh))
        return false;
    if (m_tokens.refreshToken.isEmpty()) {
        fail(
            u"There is no refresh token: sign in first (with offline_access, if the provider asks for it)"_s);
        return true;
    }
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"grant_type"_s, u"refresh_token"_s);
        form.add(u"refresh_token"_s, m_tokens.refreshToken);
        call(u"Token request (refresh)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The refresh request"_s);
                if (json)
                    receiveTokens(*json, {{}, {}, false, true});
            });
    }));
    return true;
}

bool RelyingParty::deviceAuthorization()
{
    if (!begin(FlowResult::Operation::DeviceAuthorization))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->deviceAuthorizationEndpoint, u"device_authorization_endpoint"_s)
            || !requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"scope"_s, m_profile.scopes.join(u' '));
        call(u"Device authorization request"_s, clientPost(m_metadata->deviceAuthorizationEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The device authorization request"_s);
                if (!json)
                    return;
                DeviceAuthorization device;
                const QString deviceCode = json->value(u"device_code"_s).toString();
                device.userCode = json->value(u"user_code"_s).toString();
                device.verificationUri = QUrl(json->value(u"verification_uri"_s).toString());
                device.verificationUriComplete = QUrl(json->value(u"verification_uri_complete"_s).toString());
                device.expiresIn = qint64(json->value(u"expires_in"_s).toDouble());
                device.interval = json->value(u"interval"_s).toInt(5);
                if (deviceCode.isEmpty() || device.userCode.isEmpty() || device.verificationUri.isEmpty()
                    || device.expiresIn <= 0) {
                    fail(u"The device authorization response lacks device_code, user_code, verification_uri "
                         u"or "
                         u"expires_in (RFC 8628 3.2)"_s);
                    return;
                }
                m_result.body = *json;
                note(u"Waiting for the user"_s,
                    u"enter %1 at %2"_s.arg(device.userCode, device.verificationUri.toString()));
                emit deviceCodeIssued(device);
                pollDevice(deviceCode, qMax(device.interval, 1), now() + device.expiresIn);
            });
    }));
    return true;
}

void RelyingParty::pollDevice(const QString& deviceCode, int interval, qint64 deadline)
{
    QTimer::singleShot(interval * 1000, this, guarded([this, deviceCode, interval, deadline] {
        if (now() > deadline) {
            fail(u"The device code expired before the user finished"_s);
            return;
        }
        core::FormData form;
        form.add(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
        form.add(u"device_code"_s, deviceCode);
        call(u"Token request (device, polling)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this, deviceCode, interval, deadline](const HttpExchange& x) {
                const auto error = x.status == 400 ? core::OAuthError::fromJsonBody(x.responseBody, x.status)
                                                   : std::nullopt;
                if (error && error->error == u"authorization_pending"_s) {
                    pollDevice(deviceCode, interval, deadline);
                    return;
                }
                if (error && error->error == u"slow_down"_s) {
                    // RFC 8628 3.5: five seconds more from now on.
                    note(u"Slowing down"_s, u"polling every %1 s from now on"_s.arg(interval + 5));
                    pollDevice(deviceCode, interval + 5, deadline);
                    return;
                }
                const auto json = jsonAnswer(x, u"The device token request"_s);
                if (json)
                    receiveTokens(*json, {{}, {}, m_profile.scopes.contains(u"openid"_s), false});
            });
    }));
}

} // namespace client
