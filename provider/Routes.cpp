#include "provider/Routes.h"

#include "provider/endpoints/Handlers.h"

#include <algorithm>

namespace provider {

namespace {

namespace e = endpoints;
constexpr const char* kGet = "GET, HEAD, OPTIONS";
constexpr const char* kGetPost = "GET, POST, OPTIONS";
constexpr const char* kPost = "POST, OPTIONS";

// name, default path, methods, CORS, switchable, part of, needs, discovery member, always advertised,
// handler. Browser apps fetch discovery, the JWKS, the token, userinfo and revocation endpoints (a SPA may
// push its authorization request too); authorization, login and verification are navigations, introspection
// and device authorization are server-side.
const Route kRoutes[] = {
    {u"discovery", u"/.well-known/openid-configuration", kGet, true, false, {}, {}, {}, false, e::discovery},
    {u"jwks", u"/jwks", kGet, true, false, {}, {}, u"jwks_uri", true, e::jwks},
    {u"authorization", u"/authorize", kGetPost, false, true, {}, {}, u"authorization_endpoint", true,
        e::authorize},
    {u"token", u"/token", kPost, true, true, {}, {}, u"token_endpoint", true, e::token},
    {u"userinfo", u"/userinfo", kGetPost, true, true, {}, {}, u"userinfo_endpoint", false, e::userinfo},
    {u"revocation", u"/revoke", kPost, true, true, {}, {}, u"revocation_endpoint", false, e::revocation},
    {u"introspection", u"/introspect", kPost, false, true, {}, {}, u"introspection_endpoint", false,
        e::introspection},
    {u"end_session", u"/logout", kGetPost, false, true, {}, {}, u"end_session_endpoint", false,
        e::endSession},
    {u"device_authorization", u"/device_authorization", kPost, false, true, {}, {},
        u"device_authorization_endpoint", false, e::deviceAuthorization},
    // The page where users enter a device's user code.
    {u"device_verification", u"/device", kGetPost, false, true, u"device_authorization", {}, {}, false,
        e::deviceVerification},
    // Where the login and consent forms post.
    {u"login", u"/login", kPost, false, false, u"authorization", {}, {}, false, e::login},
    // RFC 9126.
    {u"pushed_authorization_request", u"/par", kPost, true, true, {}, u"authorization",
        u"pushed_authorization_request_endpoint", false, e::pushedAuthorization},
};

} // namespace

bool Route::allows(QByteArrayView method) const
{
    QByteArrayView rest(allow);
    while (!rest.isEmpty()) {
        const qsizetype comma = rest.indexOf(',');
        if (rest.first(comma < 0 ? rest.size() : comma).trimmed() == method)
            return true;
        rest = comma < 0 ? QByteArrayView() : rest.sliced(comma + 1);
    }
    return false;
}

const Route* Routes::begin()
{
    return std::begin(kRoutes);
}

const Route* Routes::end()
{
    return std::end(kRoutes);
}

qsizetype Routes::size()
{
    return qsizetype(std::size(kRoutes));
}

qsizetype Routes::indexOf(QStringView name)
{
    const auto it = std::find_if(begin(), end(), [&](const Route& route) { return route.name == name; });
    return it == end() ? -1 : it - begin();
}

} // namespace provider
