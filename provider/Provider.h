#pragma once

#include "core/Clock.h"
#include "provider/GrantStore.h"
#include "provider/HttpMessage.h"
#include "provider/Workspace.h"

#include <QMutex>
#include <QSet>
#include <memory>
#include <optional>

namespace provider {

// An issuer ready to serve: its configuration plus what is derived from it once per workspace change
// (URLs, published keys, the discovery and JWKS bodies), so the hot paths only copy bytes.
struct IssuerRuntime
{
    Issuer config;
    QString url;
    QList<jose::Jwk> publishedKeys;
    QStringList signingAlgorithms;
    // For each published key (by kid), the algorithms it signs with; JWKS names one only when there is one.
    QHash<QString, QSet<QString>> keyAlgorithms;
    QSet<QString> corsOrigins;
    QByteArray discoveryBody;
    QByteArray jwksBody;

    QString endpointUrl(const QString& endpointPath) const { return url + endpointPath; }
    QString endpointPath(const QString& endpointPath) const { return config.path + endpointPath; }
    // The key and algorithm of the issuer's access tokens: its first active asymmetric key.
    std::optional<std::pair<jose::Jwk, jose::Algorithm>> accessTokenKey(QString* error) const;
    // The key and algorithm of `client`'s ID tokens: its id_token_signed_response_alg (HS256/384/512 with the
    // client's secret), else the access-token key.
    std::optional<std::pair<jose::Jwk, jose::Algorithm>> idTokenKey(
        const Client& client, QString* error) const;
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
    explicit Provider(Workspace workspace, std::shared_ptr<core::Clock> clock = nullptr);

    void setWorkspace(Workspace workspace);
    std::shared_ptr<const Snapshot> snapshot() const;

    HttpResponse handle(const HttpRequest& request);

    const core::Clock& clock() const { return *m_clock; }
    GrantStore& grants() { return m_grants; }

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::shared_ptr<core::Clock> m_clock;
    GrantStore m_grants;
};

} // namespace provider
