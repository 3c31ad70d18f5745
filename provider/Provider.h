#pragma once

#include "core/Clock.h"
#include "provider/Faults.h"
#include "provider/GrantStore.h"
#include "provider/IssuerRuntime.h"
#include "provider/http/HttpMessage.h"
#include "provider/workspace/Workspace.h"

#include <QMutex>
#include <QSet>
#include <memory>
#include <optional>

namespace provider {

struct Route;

// A token made outside any flow (`oidc-bench mint`): for a user, signed as the issuer signs its tokens.
struct MintRequest
{
    // Empty: the first issuer.
    QString issuerId;
    QString username;
    // Empty: no "aud".
    QString audience;
    // Whose claims go in (OIDC Core 5.4), also stated as "scope".
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
    qint64 lifetimeSecs = 3600;
    // Added to the claims; the standard ones (iss, sub, aud, iat, exp, jti) win.
    QJsonObject extraClaims;
};

struct Snapshot
{
    Workspace workspace;
    QList<IssuerRuntime> issuers;
};

// The mock OpenID Provider, without any transport: handle() takes a request value and returns a response
// value. Thread-safe: the workspace can be replaced while requests are being served (live editing).
class Provider
{
public:
    // Without a clock, a ControllableClock set as the workspace's "clock" says (time control).
    explicit Provider(Workspace workspace, std::shared_ptr<core::Clock> clock = nullptr);

    // The control API's path prefix (docs/control-api.md), outside every issuer.
    static constexpr QStringView kControlPrefix = u"/_oidc-bench";

    // Replaces the workspace. A workspace asking for port 0 ("any") gets the port the server bound, once it
    // is known (setBoundPort), whichever comes first.
    void setWorkspace(Workspace workspace);
    // The port the server listens on: from now on a workspace's port 0 means this one, and the current
    // workspace is rebuilt with it (its issuer URLs name the port).
    void setBoundPort(quint16 port);
    std::shared_ptr<const Snapshot> snapshot() const;

    HttpResponse handle(const HttpRequest& request);
    // A signed JWT for the request, or std::nullopt with *error saying why (unknown issuer or user, no key).
    std::optional<QString> mintToken(const MintRequest& request, QString* error) const;

    const core::Clock& clock() const { return *m_clock; }
    // Null when the clock cannot be moved (a plain system clock).
    std::shared_ptr<core::ControllableClock> controllableClock() const;
    GrantStore& grants() { return m_grants; }
    FaultEngine& faults() { return m_faults; }

    // The bearer token the control API wants; empty switches the control API off.
    void setControlToken(const QByteArray& token);
    QByteArray controlToken() const;

private:
    HttpResponse handleControl(const HttpRequest& request);
    HttpResponse respond(
        const HttpRequest& request, const Route& route, const IssuerRuntime& issuer, FaultCandidates& faults);

    // Builds and publishes a snapshot; with m_updateMutex held.
    void replaceWorkspace(Workspace workspace);

    // Serializes workspace replacements (each reads the bound port, setBoundPort reads the workspace).
    QMutex m_updateMutex;
    quint16 m_boundPort = 0;
    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::shared_ptr<core::Clock> m_clock;
    GrantStore m_grants;
    FaultEngine m_faults;
    QByteArray m_controlToken;
};

} // namespace provider
