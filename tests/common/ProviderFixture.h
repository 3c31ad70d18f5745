#pragma once

#include "core/Clock.h"
#include "core/http/FormUrlEncoded.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "core/jose/Pkce.h"
#include "provider/Provider.h"
#include "provider/http/HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <memory>

// A provider on a free loopback port, in the test's own thread, with a manual clock and a
// QNetworkAccessManager that does not follow redirects (tests look at the Location header themselves).
namespace fixture {

using namespace Qt::StringLiterals;

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QUrl location() const { return QUrl(QString::fromUtf8(header("location"))); }
    QUrlQuery locationQuery() const
    {
        // QUrlQuery keeps '+' literally, so decode the redirect's query with our own parser.
        QUrlQuery q;
        const auto form = core::FormData::parse(location().query(QUrl::FullyEncoded).toLatin1());
        for (const auto& [k, v] : form->pairs())
            q.addQueryItem(k, v);
        return q;
    }
    QString locationParam(const QString& key) const
    {
        const auto form = core::FormData::parse(location().query(QUrl::FullyEncoded).toLatin1());
        return form ? form->value(key) : QString();
    }
};

// The claims of a compact JWS, unverified; empty when it is not one.
inline QJsonObject claimsOf(const QString& jwt)
{
    const auto jws = jose::Jws::parse(jwt.toLatin1());
    return jws ? jose::jwt::decodeClaims(jws->payload()).value_or(QJsonObject()) : QJsonObject();
}

// The Authorization header of the built-in workspace's confidential client web-app (client_secret_basic).
inline QList<std::pair<QByteArray, QByteArray>> webAppBasicAuth()
{
    return {{"Authorization",
        "Basic " + QByteArray("web-app:web-app-secret-change-me-0123456789abcdef").toBase64()}};
}

inline provider::Workspace testWorkspace()
{
    provider::Workspace ws = provider::Workspace::builtinDefault();
    ws.server.port = 0;
    // An EC key: generating it is instant, unlike RSA, and ES256 exercises the raw R||S encoding end to end.
    ws.issuers.first().keys.append({jose::Jwk::generateEc(), true});
    provider::User tricky;
    tricky.username = u"mallory"_s;
    tricky.subject = u"mallory"_s;
    tricky.password = u"p&ss w+rd=\"x\""_s;
    tricky.claims.insert(u"name"_s, u"<script>alert(1)</script>"_s);
    tricky.claims.insert(u"email"_s, u"\"><img src=x>@example.com"_s);
    ws.issuers.first().users.append(tricky);
    return ws;
}

// `base` with the pairs of `extra` applied: a key in both takes extra's value (a null QString removes it),
// keys only in extra are added.
inline core::FormData merged(
    const QList<std::pair<QString, QString>>& base, const QList<std::pair<QString, QString>>& extra)
{
    core::FormData form;
    auto findIn = [](const auto& list, const QString& key) {
        return std::find_if(list.begin(), list.end(), [&](const auto& p) { return p.first == key; });
    };
    for (const auto& [k, v] : base) {
        const auto override = findIn(extra, k);
        if (override == extra.end())
            form.add(k, v);
        else if (!override->second.isNull())
            form.add(k, override->second);
    }
    for (const auto& [k, v] : extra) {
        if (findIn(base, k) == base.end() && !v.isNull())
            form.add(k, v);
    }
    return form;
}

// How a test reaches the provider: by calling Provider::handle() in process (endpoint tests: no sockets, a
// cookie jar of the fixture's own), or over HTTP on a loopback port (what is about sockets, and the client,
// which talks HTTP).
enum class Transport { InProcess, Socket };

// A failure of a fixture helper fails the current test (not the whole executable) and says where.
#define FIXTURE_FAIL(message) QTest::qFail(qPrintable(message), __FILE__, __LINE__)

class Provider
{
public:
    explicit Provider(provider::Workspace ws = testWorkspace(), Transport transport = Transport::InProcess)
        : clock(std::make_shared<core::ManualClock>(QDateTime::currentMSecsSinceEpoch()))
        , provider(std::make_shared<provider::Provider>(ws, clock))
    {
        nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        nam.setCookieJar(new QNetworkCookieJar(&nam));
        if (transport == Transport::InProcess) {
            // The issuer URLs name a port as they would on the network; nothing listens there.
            if (ws.server.port == 0)
                ws.server.port = 9400;
            port = quint16(ws.server.port);
            workspace = ws;
            provider->setWorkspace(ws);
            return;
        }
        // The issuer URL must carry the port, which is only known after listening: bind first, then set.
        server = std::make_unique<provider::HttpServer>(provider);
        QString error;
        port = server->listenOn(QHostAddress::LocalHost, 0, &error);
        if (port == 0)
            FIXTURE_FAIL(u"cannot listen: "_s + error);
        ws.server.port = port;
        workspace = ws;
        provider->setWorkspace(ws);
    }

    QString issuer() const { return workspace.issuerUrl(workspace.issuers.first()); }
    QUrl url(const QString& path) const { return QUrl(issuer() + path); }

    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
        const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return server ? sendOverHttp(method, url, body, headers) : sendInProcess(method, url, body, headers);
    }
    Reply get(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", url(path), {}, headers);
    }
    Reply post(const QString& path, const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send("POST", url(path), body, headers);
    }

    // An authorization request from the SPA client with PKCE S256; extra pairs override or add.
    core::FormData authorizeParams(const QList<std::pair<QString, QString>>& extra = {}) const
    {
        QList<std::pair<QString, QString>> base{
            {u"client_id"_s, u"spa"_s},
            {u"redirect_uri"_s, u"http://localhost:5173/callback"_s},
            {u"response_type"_s, u"code"_s},
            {u"scope"_s, u"openid profile email"_s},
            {u"state"_s, u"state-123"_s},
            {u"nonce"_s, u"nonce-456"_s},
            {u"code_challenge"_s, QString::fromLatin1(jose::pkce::s256Challenge(verifier))},
            {u"code_challenge_method"_s, u"S256"_s},
        };
        return merged(base, extra);
    }

    Reply authorize(const core::FormData& params)
    {
        return get(u"/authorize?"_s + QString::fromLatin1(params.encode()));
    }

    static QString formField(const QByteArray& html, const QString& name)
    {
        const QRegularExpression re(u"name=\"%1\" value=\"([^\"]*)\""_s.arg(name));
        return re.match(QString::fromUtf8(html)).captured(1);
    }

    // Submits the login page the way a browser would (cookie jar included).
    Reply submitLogin(const Reply& loginPage, const QList<std::pair<QString, QString>>& fields)
    {
        core::FormData form;
        form.add(u"transaction"_s, formField(loginPage.body, u"transaction"_s));
        form.add(u"csrf"_s, formField(loginPage.body, u"csrf"_s));
        for (const auto& [k, v] : fields)
            form.add(k, v);
        // Wherever the page's form posts to (the login path is configurable per issuer).
        const QString action = QRegularExpression(u"<form method=\"post\" action=\"([^\"]+)\""_s)
                                   .match(QString::fromUtf8(loginPage.body))
                                   .captured(1);
        return send(
            "POST", QUrl(workspace.baseUrl() + (action.isEmpty() ? u"/login"_s : action)), form.encode());
    }

    // A new browser: no cookies, so no provider session either.
    void newBrowser() { nam.setCookieJar(new QNetworkCookieJar(&nam)); }

    // In a new browser: authorize → login as `username` → the redirect back to the client.
    Reply loginAs(const QString& username, const core::FormData& params)
    {
        newBrowser();
        const Reply page = authorize(params);
        if (page.status != 200) {
            FIXTURE_FAIL(u"authorize answered %1: %2"_s.arg(page.status).arg(QString::fromUtf8(page.body)));
            return page;
        }
        return submitLogin(page, {{u"pick"_s, username}});
    }

    QString codeFor(const QString& username = u"alice"_s, const core::FormData& params = {})
    {
        return loginAs(username, params.isEmpty() ? authorizeParams() : params).locationParam(u"code"_s);
    }

    Reply exchange(const QString& code, const QList<std::pair<QString, QString>>& extra = {},
        const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        const core::FormData form
            = merged({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
                         {u"redirect_uri"_s, u"http://localhost:5173/callback"_s}, {u"client_id"_s, u"spa"_s},
                         {u"code_verifier"_s, QString::fromLatin1(verifier)}},
                extra);
        return post(u"/token"_s, form.encode(), headers);
    }

    std::shared_ptr<core::ManualClock> clock;
    std::shared_ptr<provider::Provider> provider;
    // Socket transport only.
    std::unique_ptr<provider::HttpServer> server;
    provider::Workspace workspace;
    quint16 port = 0;
    // Its cookie jar is the browser's in both transports.
    QNetworkAccessManager nam;
    QByteArray verifier = jose::pkce::generateVerifier();

private:
    Reply sendOverHttp(const QByteArray& method, const QUrl& url, const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers)
    {
        QNetworkRequest request(url);
        for (const auto& [k, v] : headers)
            request.setRawHeader(k, v);
        if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply* reply
            = method == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
            FIXTURE_FAIL(u"request to %1 timed out"_s.arg(url.toString()));
            reply->abort();
        }
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeaderPairs(), reply->error()};
        reply->deleteLater();
        return out;
    }

    // What a browser or client would send and get, without the network: the same request value the HTTP
    // adapter makes, cookies from and to the jar. Transport faults show as a network error would.
    Reply sendInProcess(const QByteArray& method, const QUrl& url, const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers)
    {
        provider::HttpRequest request;
        request.method = method;
        request.path = url.path();
        request.query = url.query(QUrl::FullyEncoded).toLatin1();
        request.body = body;
        request.remoteAddress = QHostAddress::LocalHost;
        for (const auto& [k, v] : headers)
            request.headers.append({k.toLower(), v});
        if (request.header("host").isEmpty())
            request.headers.append({"host"_ba, url.authority().toLatin1()});
        if (!body.isEmpty() && request.header("content-type").isEmpty())
            request.headers.append({"content-type"_ba, "application/x-www-form-urlencoded"_ba});
        // As QNetworkAccessManager does: the jar's cookies unless the request sets its own Cookie header.
        if (request.header("cookie").isEmpty()) {
            QByteArray cookies;
            for (const QNetworkCookie& cookie : nam.cookieJar()->cookiesForUrl(url))
                cookies += (cookies.isEmpty() ? "" : "; ") + cookie.name() + '=' + cookie.value();
            if (!cookies.isEmpty())
                request.headers.append({"cookie"_ba, cookies});
        }
        const provider::HttpResponse response = provider->handle(request);
        if (response.transport.closeWithoutResponse)
            return Reply{0, {}, {}, QNetworkReply::RemoteHostClosedError};
        Reply out{
            response.status, method == "HEAD" ? QByteArray() : response.body, {}, QNetworkReply::NoError};
        for (const auto& [name, value] : response.headers) {
            out.headers.append(QNetworkReply::RawHeaderPair(name, value));
            if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
                nam.cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies(value), url);
        }
        if (response.transport.truncateBody) {
            out.body.truncate(out.body.size() / 2);
            out.error = QNetworkReply::RemoteHostClosedError;
        }
        return out;
    }
};

} // namespace fixture
