#include "provider/endpoints/SessionCookie.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "provider/IssuerRuntime.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// A provider session (single sign-on) lasts a working day.
constexpr qint64 kSessionLifetimeSecs = 8 * 3600;

} // namespace

QByteArray cookieAttributes(const EndpointContext& ctx, const QString& path, qint64 maxAge, bool strict)
{
    QByteArray attrs = "; Path=" + QUrl::toPercentEncoding(path.isEmpty() ? u"/"_s : path, "/")
        + "; Max-Age=" + QByteArray::number(maxAge) + "; HttpOnly; SameSite=" + (strict ? "Strict" : "Lax");
    if (ctx.issuer.url.startsWith(u"https:"_s))
        attrs += "; Secure";
    return attrs;
}

QByteArray sessionCookieName(const QString& issuerId)
{
    // One cookie per issuer, even when several issuers share a host and a path prefix.
    return "oidc_bench_session_" + jose::base64UrlEncode(jose::sha256(issuerId.toUtf8())).left(10);
}

QByteArray sessionCookieName(const EndpointContext& ctx)
{
    return sessionCookieName(ctx.issuer.config.id);
}

std::optional<Session> currentSession(const EndpointContext& ctx)
{
    const QByteArray id = ctx.request.cookie(sessionCookieName(ctx));
    if (id.isEmpty())
        return std::nullopt;
    auto session = ctx.grants.session(QString::fromLatin1(id), ctx.clock.nowSecs());
    if (session && session->issuerId != ctx.issuer.config.id)
        return std::nullopt;
    return session;
}

void startSession(const EndpointContext& ctx, HttpResponse& response, const User& user, qint64 authTime)
{
    const QString id = QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addSession(
        id, {ctx.issuer.config.id, user.subject, authTime, authTime + kSessionLifetimeSecs}, authTime);
    // Lax, not Strict: the cookie must come along when a client sends the browser here (and in a same-site
    // iframe for silent renewal).
    response.addHeader("Set-Cookie"_ba,
        sessionCookieName(ctx) + '=' + id.toLatin1()
            + cookieAttributes(ctx, ctx.issuer.config.path, kSessionLifetimeSecs, false));
}

void closeSession(const EndpointContext& ctx, HttpResponse& response)
{
    const QByteArray id = ctx.request.cookie(sessionCookieName(ctx));
    if (!id.isEmpty())
        ctx.grants.removeSession(QString::fromLatin1(id));
    response.addHeader(
        "Set-Cookie", sessionCookieName(ctx) + '=' + cookieAttributes(ctx, ctx.issuer.config.path, 0, false));
}

} // namespace provider::endpoints
