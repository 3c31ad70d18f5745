#include "core/jose/Crypto.h"
#include "provider/IssuerRuntime.h"
#include "provider/endpoints/AuthorizationRequest.h"
#include "provider/endpoints/AuthorizationResponse.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/Pages.h"
#include "provider/endpoints/RequestParameters.h"
#include "provider/endpoints/SessionCookie.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse login(const EndpointContext& ctx)
{
    QString parseError;
    const auto form = formBody(ctx.request, &parseError);
    if (!form)
        return errorPage(ctx, u"Malformed login request"_s, parseError, 400);
    const QString transactionId = form->value(u"transaction"_s);
    const qint64 now = ctx.clock.nowSecs();
    const auto transaction = ctx.grants.login(transactionId, now);
    if (!transaction || transaction->issuerId != ctx.issuer.config.id)
        return errorPage(ctx, u"Sign-in expired"_s,
            u"This sign-in request has expired or was already used. Start again from the application."_s,
            400);
    // CSRF: the form's token and the cookie set with the form must both match the transaction's.
    const QByteArray cookie = ctx.request.cookie(csrfCookieName(transactionId));
    if (!jose::constantTimeEquals(form->value(u"csrf"_s).toLatin1(), transaction->csrf)
        || !jose::constantTimeEquals(cookie, transaction->csrf))
        return errorPage(ctx, u"Sign-in refused"_s,
            u"The sign-in form was not submitted from this browser's own login page (CSRF check "
            u"failed)."_s,
            403, transaction->clientId);
    const Client* client = ctx.issuer.config.findClient(transaction->clientId);
    const bool forDevice = !transaction->deviceCode.isEmpty();
    const bool stillValid = client
        && (forDevice
            || std::any_of(client->redirectUris.cbegin(), client->redirectUris.cend(),
                [&](const QString& uri) { return redirectUriMatches(uri, transaction->redirectUri); }));
    if (!stillValid)
        return errorPage(ctx, u"Client changed"_s,
            u"The client or its redirect URI was removed while you were signing in."_s, 400);

    auto finish = [&](HttpResponse response) {
        ctx.grants.removeLogin(transactionId);
        response.addHeader(
            "Set-Cookie"_ba, csrfCookieName(transactionId) + "=" + csrfCookieAttributes(ctx, 0));
        return response;
    };
    // The device flow ends on a page: the device learns the answer by polling (RFC 8628 3.4, 3.5).
    auto deviceDenied = [&] {
        ctx.grants.decideDevice(transaction->deviceCode, false, {}, now);
        return finish(messagePage(
            ctx, u"Device not connected"_s, u"You denied the device. You can close this window."_s));
    };
    auto deviceApproved = [&](const User& user) {
        ctx.grants.decideDevice(transaction->deviceCode, true, user.subject, now);
        return messagePage(ctx, u"Device connected"_s,
            u"%1 is signed in as %2. You can return to your device."_s.arg(client->name, user.username));
    };
    if (form->value(u"action"_s) == u"cancel"_s && forDevice)
        return deviceDenied();
    if (form->value(u"action"_s) == u"cancel"_s)
        return finish(
            redirectWithError(ctx, transaction->redirectUri, transaction->responseMode, transaction->state,
                {u"access_denied"_s, u"the user cancelled the sign-in"_s}, transaction->clientId, 303));

    const User* user = nullptr;
    if (!transaction->subject.isEmpty()) {
        // The consent page's answer. The user authenticated before it was shown.
        user = ctx.issuer.config.findUserBySubject(transaction->subject);
        if (!user)
            return finish(errorPage(ctx, u"User removed"_s,
                u"The user was removed while the consent page was open."_s, 400, client->clientId));
        if (form->value(u"action"_s) != u"allow"_s && forDevice)
            return deviceDenied();
        if (form->value(u"action"_s) != u"allow"_s)
            return finish(redirectWithError(ctx, transaction->redirectUri, transaction->responseMode,
                transaction->state, {u"access_denied"_s, u"the user did not allow the request"_s},
                transaction->clientId, 303));
        ctx.grants.addConsent(ctx.issuer.config.id, user->subject, client->clientId, transaction->scopes);
        if (forDevice)
            return finish(deviceApproved(*user));
        return finish(authorizationResponse(ctx, *transaction, *client, *user, transaction->authTime, 303));
    }
    if (form->contains(u"pick"_s)) {
        user = ctx.issuer.config.findUser(form->value(u"pick"_s));
    } else {
        const User* candidate = ctx.issuer.config.findUser(form->value(u"username"_s));
        // Compare even for an unknown user, so timing does not tell which usernames exist.
        const QByteArray expected = candidate ? candidate->password.toUtf8() : jose::randomToken(16);
        if (jose::constantTimeEquals(form->value(u"password"_s).toUtf8(), expected) && candidate)
            user = candidate;
    }
    if (!user)
        return loginPage(ctx, *transaction, *client, u"Wrong username or password."_s, 401);

    const QString required = requiredSubject(transaction->claims);
    if (!required.isEmpty() && required != user->subject)
        return loginPage(ctx, *transaction, *client,
            u"The application asked for a different user; sign in as that user."_s, 401);
    if (needsConsent(ctx, *transaction, *client, user->subject)) {
        // Same transaction and CSRF cookie, now waiting for the answer on the consent page.
        LoginTransaction consenting = *transaction;
        consenting.subject = user->subject;
        consenting.authTime = now;
        ctx.grants.addLogin(consenting, now);
        HttpResponse page = consentPage(ctx, consenting, *client, *user);
        startSession(ctx, page, *user, now);
        return page;
    }
    if (forDevice) {
        HttpResponse done = deviceApproved(*user);
        startSession(ctx, done, *user, now);
        return finish(done);
    }
    HttpResponse redirect = authorizationResponse(ctx, *transaction, *client, *user, now, 303);
    startSession(ctx, redirect, *user, now);
    return finish(redirect);
}

} // namespace provider::endpoints
