#include "provider/http/RawResponse.h"

#include "core/Decimal.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace provider::http {

// The reason phrase of a status code (RFC 9110 15); clients ignore it, people reading a capture do not.
QByteArrayView reasonPhrase(int status)
{
    static constexpr std::pair<int, const char*> kPhrases[] = {{200, "OK"}, {201, "Created"},
        {202, "Accepted"}, {204, "No Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {303, "See Other"}, {304, "Not Modified"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {405, "Method Not Allowed"}, {406, "Not Acceptable"}, {408, "Request Timeout"}, {409, "Conflict"},
        {410, "Gone"}, {411, "Length Required"}, {413, "Content Too Large"}, {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"}, {429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    for (const auto& [code, phrase] : kPhrases) {
        if (code == status)
            return phrase;
    }
    return status < 400 ? "OK" : "Error";
}

// The status line and headers of a response, with its Content-Length and the blank line that ends them,
// followed by `body`: the response's body, a part of it, or nothing (a HEAD answer). One buffer, one write.
QByteArray responseBytes(const HttpResponse& response, QByteArrayView body)
{
    qsizetype size = 64 + body.size();
    for (const auto& [name, value] : response.headers)
        size += name.size() + value.size() + 4;
    QByteArray out;
    out.reserve(size);
    out.append("HTTP/1.1 ");
    core::appendDecimal(out, response.status);
    out.append(' ').append(reasonPhrase(response.status)).append("\r\n");
    for (const auto& [name, value] : response.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    // Not on a 204 (RFC 9110 8.6); on a HEAD answer, the length the GET would have.
    if (response.status != 204) {
        out.append("Content-Length: ");
        core::appendDecimal(out, response.body.size());
        out.append("\r\n");
    }
    return out.append("\r\n").append(body);
}

// A complete error response written by hand (the connection is closed after it, whatever QHttpServer holds).
QByteArray rawErrorResponse(int status, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        QJsonObject{{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, description}}, status);
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.setHeader("Connection"_ba, "close"_ba);
    return responseBytes(response, response.body);
}

} // namespace provider::http
