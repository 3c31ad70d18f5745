#include "provider/http/HttpMessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

QByteArray findHeader(const QList<std::pair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray HttpRequest::cookie(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : value.split(';')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && QByteArrayView(trimmed).first(eq) == name)
                return trimmed.mid(eq + 1);
        }
    }
    return {};
}

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

HttpResponse HttpResponse::json(const QJsonObject& body, int status)
{
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.setHeader("Content-Type"_ba, "application/json"_ba);
    return r;
}

HttpResponse HttpResponse::html(const QString& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body.toUtf8();
    r.setHeader("Content-Type"_ba, "text/html; charset=utf-8"_ba);
    // Pages are ours alone: no framing (clickjacking on the login form), no inline script from elsewhere.
    r.setHeader("X-Frame-Options"_ba, "DENY"_ba);
    r.setHeader("Content-Security-Policy"_ba,
        "default-src 'none'; style-src 'unsafe-inline'; "
        "frame-ancestors 'none'");
    r.setHeader("Cache-Control"_ba, "no-store"_ba);
    return r;
}

HttpResponse HttpResponse::redirect(const QString& location, int status)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Location"_ba, location.toUtf8());
    r.setHeader("Cache-Control"_ba, "no-store"_ba);
    return r;
}

HttpResponse HttpResponse::text(const QString& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body.toUtf8();
    r.setHeader("Content-Type"_ba, "text/plain; charset=utf-8"_ba);
    return r;
}

HttpResponse errorResponse(const OAuthError& error)
{
    HttpResponse r = HttpResponse::json(error.toJson(), error.status);
    setNoStore(r);
    return r;
}

void setNoStore(HttpResponse& response)
{
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.setHeader("Pragma"_ba, "no-cache"_ba);
}

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

} // namespace provider
