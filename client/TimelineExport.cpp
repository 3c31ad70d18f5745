#include "client/TimelineExport.h"

#include "core/http/FormUrlEncoded.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace client {

namespace {

// Parameter and JSON member names whose values are secrets.
const QSet<QString>& secretNames()
{
    static const QSet<QString> names{u"client_secret"_s, u"client_assertion"_s, u"password"_s,
        u"access_token"_s, u"refresh_token"_s, u"id_token"_s, u"id_token_hint"_s, u"token"_s,
        u"logout_token"_s};
    return names;
}

bool isSecretHeader(QByteArrayView name)
{
    for (const char* secret : {"authorization", "proxy-authorization", "cookie", "set-cookie"}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray headerText(QByteArrayView name, const QByteArray& value, Masking masking)
{
    if (masking == Masking::None || !isSecretHeader(name))
        return value;
    // The scheme stays readable: "Basic [masked]", "Bearer [masked]".
    const qsizetype space = value.indexOf(' ');
    const bool scheme = name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0;
    return (scheme ? value.left(space + 1) : QByteArray()) + kMasked;
}

// form-urlencoded data (a body, a query, a fragment) with secret values masked; unparsable data unchanged.
QByteArray maskForm(const QByteArray& encoded)
{
    const auto form = core::FormData::parse(encoded);
    if (!form)
        return encoded;
    bool any = false;
    QByteArray out;
    for (const auto& [key, value] : form->pairs()) {
        if (!out.isEmpty())
            out += '&';
        out += core::FormData::encodeComponent(key) + '=';
        if (secretNames().contains(key)) {
            out += kMasked;
            any = true;
        } else {
            out += core::FormData::encodeComponent(value);
        }
    }
    return any ? out : encoded;
}

QJsonValue maskJson(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(maskJson(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (secretNames().contains(it.key()) && it->isString())
            *it = QString::fromLatin1(kMasked);
        else
            *it = maskJson(*it);
    }
    return object;
}

QByteArray bodyText(const QByteArray& body, const QByteArray& contentType, Masking masking)
{
    if (masking == Masking::None || body.isEmpty())
        return body;
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "application/x-www-form-urlencoded")
        return maskForm(body);
    if (type == "application/jwt")
        return kMasked;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject() || json.isArray()) {
        const QJsonValue masked = maskJson(json.isObject() ? QJsonValue(json.object()) : json.array());
        return masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Indented);
    }
    return body;
}

QByteArray requestTarget(const QUrl& url, Masking masking)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery()) {
        const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
        target += '?' + (masking == Masking::Secrets ? maskForm(query) : query);
    }
    return target;
}

QString shellQuote(const QString& text)
{
    QString out = text;
    out.replace(u'\'', u"'\\''"_s);
    return u'\'' + out + u'\'';
}

QJsonArray harHeaders(const HeaderList& headers, Masking masking)
{
    QJsonArray out;
    for (const auto& [name, value] : headers)
        out.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)},
            {u"value"_s, QString::fromUtf8(headerText(name, value, masking))}});
    return out;
}

QJsonArray harQuery(const QString& url)
{
    QJsonArray out;
    const qsizetype mark = url.indexOf(u'?');
    if (mark < 0)
        return out;
    QString query = url.mid(mark + 1);
    query = query.left(query.indexOf(u'#') < 0 ? query.size() : query.indexOf(u'#'));
    const auto form = core::FormData::parse(query.toUtf8());
    for (const auto& [name, value] : form ? form->pairs() : QList<core::FormData::Pair>())
        out.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
    return out;
}

QJsonObject harEntry(const TimelineEntry& entry, Masking masking)
{
    const HttpExchange& x = *entry.http;
    const QString url = urlText(x.url, masking);
    QJsonObject request{{u"method"_s, QString::fromLatin1(x.method)}, {u"url"_s, url},
        {u"httpVersion"_s, u"HTTP/1.1"_s}, {u"cookies"_s, QJsonArray()},
        {u"headers"_s, harHeaders(x.requestHeaders, masking)}, {u"queryString"_s, harQuery(url)},
        {u"headersSize"_s, -1}, {u"bodySize"_s, x.requestBody.size()}};
    if (!x.requestBody.isEmpty() || x.method == "POST") {
        const QByteArray type = x.requestHeader("content-type");
        request.insert(u"postData"_s,
            QJsonObject{{u"mimeType"_s, QString::fromLatin1(type)},
                {u"text"_s, QString::fromUtf8(bodyText(x.requestBody, type, masking))}});
    }
    const QByteArray responseType = x.responseHeader("content-type");
    const QByteArray responseBody = bodyText(x.responseBody, responseType, masking);
    QJsonObject response{{u"status"_s, x.status}, {u"statusText"_s, QString::fromLatin1(x.reasonPhrase)},
        {u"httpVersion"_s, u"HTTP/1.1"_s}, {u"cookies"_s, QJsonArray()},
        {u"headers"_s, harHeaders(x.responseHeaders, masking)},
        {u"content"_s,
            QJsonObject{{u"size"_s, x.responseBody.size()},
                {u"mimeType"_s, QString::fromLatin1(responseType)},
                {u"text"_s, QString::fromUtf8(responseBody)}}},
        {u"redirectURL"_s, urlText(QUrl(QString::fromUtf8(x.responseHeader("location"))), masking)},
        {u"headersSize"_s, -1}, {u"bodySize"_s, x.responseBody.size()}};
    if (x.status == 0)
        response.insert(u"_error"_s, x.networkError);
    return QJsonObject{{u"startedDateTime"_s, x.started.toString(Qt::ISODateWithMs)},
        {u"time"_s, x.durationMs}, {u"request"_s, request}, {u"response"_s, response},
        {u"cache"_s, QJsonObject()},
        {u"timings"_s, QJsonObject{{u"send"_s, 0}, {u"wait"_s, x.durationMs}, {u"receive"_s, 0}}},
        {u"comment"_s, entry.title}};
}

} // namespace

QString urlText(const QUrl& url, Masking masking)
{
    const QString full = url.toString(QUrl::FullyEncoded);
    if (masking == Masking::None)
        return full;
    QString out = url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.hasQuery())
        out += u'?' + QString::fromUtf8(maskForm(url.query(QUrl::FullyEncoded).toUtf8()));
    if (url.hasFragment())
        out += u'#' + QString::fromUtf8(maskForm(url.fragment(QUrl::FullyEncoded).toUtf8()));
    return out;
}

QString requestText(const HttpExchange& x, Masking masking)
{
    QByteArray out = x.method + ' ' + requestTarget(x.url, masking) + " HTTP/1.1\r\n";
    if (x.requestHeader("host").isEmpty()) // QNetworkAccessManager adds it itself
        out += "Host: " + x.url.authority(QUrl::FullyEncoded).toUtf8() + "\r\n";
    for (const auto& [name, value] : x.requestHeaders)
        out += name + ": " + headerText(name, value, masking) + "\r\n";
    out += "\r\n" + bodyText(x.requestBody, x.requestHeader("content-type"), masking);
    return QString::fromUtf8(out);
}

QString responseText(const HttpExchange& x, Masking masking)
{
    if (x.status == 0)
        return u"(no response: %1)"_s.arg(x.networkError);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(x.status) + ' ' + x.reasonPhrase + "\r\n";
    for (const auto& [name, value] : x.responseHeaders)
        out += name + ": " + headerText(name, value, masking) + "\r\n";
    out += "\r\n" + bodyText(x.responseBody, x.responseHeader("content-type"), masking);
    return QString::fromUtf8(out);
}

QString toCurl(const QList<TimelineEntry>& entries, Masking masking)
{
    QString out = u"#!/bin/sh\n# OIDC Bench flow, replayable with curl"_s
        + (masking == Masking::Secrets ? u" (secrets masked: fill in the [masked] values)\n"_s : u"\n"_s);
    for (const TimelineEntry& entry : entries) {
        if (entry.kind == TimelineEntry::Kind::Navigation) {
            out += u"\n# %1: open in a browser\n#   %2\n"_s.arg(entry.title, urlText(entry.url, masking));
            continue;
        }
        if (entry.kind != TimelineEntry::Kind::Http || !entry.http)
            continue;
        const HttpExchange& x = *entry.http;
        out += u"\n# %1\ncurl -sS -i"_s.arg(entry.title);
        if (x.method != "GET")
            out += u" -X "_s + QString::fromLatin1(x.method);
        out += u' ' + shellQuote(urlText(x.url, masking));
        for (const auto& [name, value] : x.requestHeaders)
            out += u" \\\n  -H "_s
                + shellQuote(QString::fromLatin1(name) + u": "_s
                    + QString::fromUtf8(headerText(name, value, masking)));
        if (!x.requestBody.isEmpty())
            out += u" \\\n  --data-raw "_s
                + shellQuote(
                    QString::fromUtf8(bodyText(x.requestBody, x.requestHeader("content-type"), masking)));
        out += u'\n';
    }
    return out;
}

QByteArray toHar(const QList<TimelineEntry>& entries, Masking masking)
{
    QJsonArray harEntries;
    for (const TimelineEntry& entry : entries) {
        if (entry.http)
            harEntries.append(harEntry(entry, masking));
    }
    const QJsonObject log{{u"version"_s, u"1.2"_s},
        {u"creator"_s,
            QJsonObject{
                {u"name"_s, u"OIDC Bench"_s}, {u"version"_s, QCoreApplication::applicationVersion()}}},
        {u"pages"_s, QJsonArray()}, {u"entries"_s, harEntries}};
    return QJsonDocument(QJsonObject{{u"log"_s, log}}).toJson(QJsonDocument::Indented);
}

} // namespace client
