#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace client {

// A provider's discovery document (OIDC Discovery 1.0 section 3, RFC 8414 section 2), validated.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl endSessionEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl deviceAuthorizationEndpoint;
    // RFC 9126 5.
    QUrl pushedAuthorizationRequestEndpoint;
    bool requirePushedAuthorizationRequests = false;
    QStringList scopesSupported;
    QStringList responseTypesSupported;
    QStringList idTokenSigningAlgValues;
    QStringList codeChallengeMethods;
    QStringList tokenEndpointAuthMethods;
    QStringList grantTypesSupported;
    bool issParameterSupported = false;
    QJsonObject raw;

    // Validates `document` as the answer of `<expectedIssuer>/.well-known/openid-configuration`: the issuer
    // must be identical (section 4.3), the required members present, and the endpoints absolute URLs using
    // https unless they point at a loopback host. *error explains any problem in plain words.
    static std::optional<ProviderMetadata> fromJson(
        const QJsonObject& document, const QString& expectedIssuer, QString* error);

    // Where the document lives for an issuer (OIDC Discovery 4.1).
    static QUrl discoveryUrl(const QString& issuer);
};

} // namespace client
