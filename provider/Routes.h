#pragma once

#include "provider/endpoints/EndpointContext.h"

#include <QStringView>

namespace provider {

// One row per endpoint of an issuer: everything routing, the Allow header and 405s, OPTIONS and CORS,
// discovery, the workspace format (endpoints.NAME, disabled_endpoints) and the fault targets know of it.
// Adding an endpoint is a row in Routes.cpp and its handler in provider/endpoints/.
struct Route
{
    // Its workspace name: endpoints.NAME holds its path, disabled_endpoints may name it.
    QStringView name;
    QStringView defaultPath;
    // The methods it answers, as the Allow header lists them (OPTIONS is always answered).
    const char* allow;
    // Browser apps call it with fetch: CORS for the origins the issuer's clients list.
    bool cors;
    // Whether disabled_endpoints may switch it off (discovery and the JWKS make an OpenID provider; the login
    // form is internal to the authorization endpoint).
    bool switchable;
    // The endpoint it is part of: switched off with it, and the name fault rules target it by (the login
    // form is part of the authorization endpoint). Empty: itself.
    QStringView partOf;
    // Another endpoint without which it is not served (pushed requests are for the authorization endpoint).
    QStringView needs;
    // Its discovery metadata member, empty when not advertised; `alwaysAdvertised` names it even when
    // switched off (OIDC Discovery 3 requires authorization_endpoint, token_endpoint and jwks_uri).
    QStringView discoveryMember;
    bool alwaysAdvertised;
    EndpointHandler handler;

    // The workspace name fault rules and the request log know the endpoint by.
    QStringView faultName() const { return partOf.isEmpty() ? name : partOf; }
    bool allows(QByteArrayView method) const;
    // `allow` as a header value (no copy).
    QByteArray allowHeader() const { return QByteArray::fromRawData(allow, qsizetype(qstrlen(allow))); }
};

// The route table.
class Routes
{
public:
    static const Route* begin();
    static const Route* end();
    static qsizetype size();
    static const Route& at(qsizetype index) { return begin()[index]; }
    // The row of a workspace name, or -1.
    static qsizetype indexOf(QStringView name);
};

} // namespace provider
