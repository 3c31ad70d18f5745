#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace core {

// An OAuth 2.0 / OIDC error (RFC 6749 4.1.2.1, 5.2; RFC 6750 3.1): one type for the code, description and
// HTTP status, used by the provider to answer and by the client to report what it was told.
struct OAuthError
{
    QString error;
    QString description;
    int status = 400;

    // {"error": ..., "error_description": ...} with the description made safe.
    QJsonObject toJson() const;
    // "invalid_grant: the code was already used" (or just the code).
    QString toString() const;

    // The error in a JSON error response body (RFC 6749 5.2), if the body is one.
    static std::optional<OAuthError> fromJsonBody(const QByteArray& body, int status);

    // RFC 6749 5.2 allows only printable ASCII without '"' and '\\' in error_description: quotes become
    // apostrophes, anything else outside the set becomes '?'. Safe inside a quoted header value too.
    static QString safeDescription(const QString& text);
};

} // namespace core
