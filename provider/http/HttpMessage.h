#pragma once

#include "core/http/OAuthError.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace provider {

// A request as the endpoints see it: no sockets, so endpoints can be called directly in tests and wrapped
// (error injection) in one place.
struct HttpRequest
{
    QByteArray method;
    QString path;
    // The raw (still percent-encoded) query string, without '?'.
    QByteArray query;
    // Header names are lower-cased.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray header(QByteArrayView name) const;
    QByteArray cookie(QByteArrayView name) const;
    // The media type of Content-Type without parameters, lower-cased.
    QByteArray mediaType() const;
};

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // For the request log: which client the request was about, if known.
    QString clientId;
    // For the request log: the issuer (its id) whose endpoint answered.
    QString issuerId;
    // Injected faults: their names (for the request log) and what the transport must do.
    QStringList faults;
    struct Transport
    {
        qint64 delayMs = 0;
        bool closeWithoutResponse = false;
        bool truncateBody = false;
    } transport;

    void setHeader(const QByteArray& name, const QByteArray& value);
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(const QJsonObject& body, int status = 200);
    // A JSON text already written (core::JsonObjectWriter).
    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse html(const QString& body, int status = 200);
    static HttpResponse redirect(const QString& location, int status = 302);
    static HttpResponse text(const QString& body, int status);
};

// OAuth errors are one type, shared with the client.
using core::OAuthError;
// RFC 6749 5.2 JSON, with Cache-Control: no-store.
HttpResponse errorResponse(const OAuthError& error);

// Token endpoint responses and errors must not be cached (RFC 6749 5.1).
void setNoStore(HttpResponse& response);
QString htmlEscape(const QString& text);

} // namespace provider
