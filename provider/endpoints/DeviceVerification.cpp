#include "provider/IssuerRuntime.h"
#include "provider/endpoints/AuthorizationResponse.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/Pages.h"
#include "provider/endpoints/RequestParameters.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse deviceVerification(const EndpointContext& ctx)
{
    // RFC 8628 3.3: the user enters (or follows a link with) the code, then logs in to approve the device.
    QString parseError;
    const auto params = queryOrFormParameters(ctx.request, &parseError);
    if (!params)
        return errorPage(ctx, u"Malformed request"_s, parseError, 400);
    const QString userCode = params->value(u"user_code"_s);
    if (ctx.request.method != "POST")
        return deviceCodePage(ctx, userCode, {}, 200);
    // Wrong codes are counted by address, and past a few a minute no code is taken (RFC 8628 5.1).
    const QString from = ctx.request.remoteAddress.toString();
    const qint64 now = ctx.clock.nowSecs();
    if (const qint64 wait = ctx.grants.userCodeRetryAfter(from, now); wait > 0) {
        HttpResponse page = deviceCodePage(
            ctx, userCode, u"Too many wrong codes from here. Try again in %1 seconds."_s.arg(wait), 429);
        page.headers.append({"Retry-After", QByteArray::number(wait)});
        return page;
    }
    const auto device = ctx.grants.pendingDeviceByUserCode(userCode, now);
    const Client* client = device ? ctx.issuer.config.findClient(device->second.clientId) : nullptr;
    if (!device || device->second.issuerId != ctx.issuer.config.id || !client) {
        ctx.grants.addWrongUserCode(from, now);
        return deviceCodePage(
            ctx, userCode, u"That code is unknown or has expired. Check it on your device."_s, 400);
    }
    LoginTransaction login;
    login.clientId = client->clientId;
    login.scopes = device->second.scopes;
    login.deviceCode = device->first;
    return showLogin(ctx, login, *client);
}

} // namespace provider::endpoints
