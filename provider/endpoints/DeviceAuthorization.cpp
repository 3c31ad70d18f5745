#include "core/jose/Crypto.h"
#include "provider/IssuerRuntime.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Grants.h"
#include "provider/endpoints/Handlers.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse deviceAuthorization(const EndpointContext& ctx)
{
    // RFC 8628 3.1 and 3.2.
    auto request = authenticatedRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const core::FormData& form = std::get<ClientRequest>(request).form;
    const Client& client = *std::get<ClientRequest>(request).client;
    if (!ctx.issuer.config.acceptsGrant(kDeviceCodeGrant))
        return clientError(
            client, u"unsupported_grant_type"_s, u"this issuer does not support the device flow"_s);
    if (!client.grantTypes.contains(kDeviceCodeGrant))
        return clientError(client, u"unauthorized_client"_s, u"the client may not use the device flow"_s);
    const auto scopes = checkScopes(ctx, client, form.value(u"scope"_s));
    if (const auto* problem = std::get_if<QString>(&scopes))
        return clientError(client, u"invalid_scope"_s, *problem);

    // Eight consonants (no words, no look-alike digits) as XXXX-XXXX: about 34 bits (RFC 8628 6.1).
    static const QByteArray alphabet = "BCDFGHJKLMNPQRSTVWXZ";
    QString userCode;
    while (userCode.size() < 9) {
        // Rejection sampling: bytes from 240 up would favour the first letters.
        const auto byte = quint8(jose::randomBytes(1).at(0));
        if (byte >= 240)
            continue;
        if (userCode.size() == 4)
            userCode += u'-';
        userCode += QLatin1Char(alphabet[byte % alphabet.size()]);
    }
    constexpr int kLifetime = 600;
    const qint64 now = ctx.clock.nowSecs();
    DeviceAuthorization device;
    device.issuerId = ctx.issuer.config.id;
    device.clientId = client.clientId;
    device.userCode = userCode;
    device.scopes = std::get<QStringList>(scopes);
    device.expiresAt = now + kLifetime;
    const QString deviceCode = QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addDevice(deviceCode, device, now);

    const QString verification = ctx.issuer.endpointUrl(u"device_verification"_s);
    HttpResponse r = HttpResponse::json(QJsonObject{{u"device_code"_s, deviceCode},
        {u"user_code"_s, userCode}, {u"verification_uri"_s, verification},
        {u"verification_uri_complete"_s, QString(verification + u"?user_code="_s + userCode)},
        {u"expires_in"_s, kLifetime}, {u"interval"_s, device.interval}});
    setNoStore(r);
    r.clientId = client.clientId;
    return r;
}

} // namespace provider::endpoints
