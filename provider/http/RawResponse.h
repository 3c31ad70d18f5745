#pragma once

#include "provider/http/HttpMessage.h"

#include <QByteArrayView>

namespace provider::http {

// The reason phrase of a status code ("Not Found").
QByteArrayView reasonPhrase(int status);
// A response as it goes on the wire: status line, headers, Content-Length (not on a 204), then `body` (the
// response's, or none for HEAD).
QByteArray responseBytes(const HttpResponse& response, QByteArrayView body);
// A JSON invalid_request answer that closes the connection, for what the guard refuses before any endpoint.
QByteArray rawErrorResponse(int status, const QString& description);

} // namespace provider::http
