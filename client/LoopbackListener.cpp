#include "client/LoopbackListener.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace client {

namespace {

// Hands a fragment response to the listener: same origin, so the POST needs no CORS, and the custom header
// keeps other sites' forms from posting here in its name.
const char kFragmentRelay[] = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OIDC Bench</title></head>
<body style="font-family: sans-serif; margin: 3em">
<p id="message">Handing the response to OIDC Bench&hellip;</p>
<script>
const message = document.getElementById('message');
const params = location.hash.substring(1);
if (!params) {
  message.textContent = 'No response parameters arrived at this address.';
} else {
  history.replaceState(null, '', location.pathname);
  fetch(location.pathname, { method: 'POST', body: params,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-OIDC-Bench-Relay': 'fragment' } })
    .then((r) => { message.textContent = r.ok ? 'Done. You can close this tab and return to OIDC Bench.'
                                              : 'OIDC Bench did not accept the response.'; });
}
</script>
</body></html>
)";

QByteArray page(const QString& title, const QString& text)
{
    return u"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
           u"<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p></body></html>\n"_s
               .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
               .toUtf8();
}

} // namespace

QString Redirect::viaName(Via via)
{
    switch (via) {
    case Via::Query:
        return u"query"_s;
    case Via::Fragment:
        return u"fragment"_s;
    case Via::FormPost:
        return u"form_post"_s;
    }
    return {};
}

bool LoopbackListener::listen(const QString& host, quint16 port, QString* error)
{
    // "localhost" may resolve to either address in the browser: listen on both (the same port).
    QList<QHostAddress> addresses;
    if (host == u"localhost"_s)
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else
        addresses = {QHostAddress(host)};
    if (addresses.first().isNull() || !addresses.first().isLoopback()) {
        *error = u"\"%1\" is not a loopback address"_s.arg(host);
        return false;
    }
    for (const QHostAddress& address : addresses) {
        auto* server = new QTcpServer(this);
        if (!server->listen(address, m_port != 0 ? m_port : port)) {
            const bool optional = address == addresses.last() && addresses.size() > 1; // no IPv6 here
            if (!optional) {
                *error = u"cannot listen on %1 port %2: %3"_s.arg(address.toString())
                             .arg(port)
                             .arg(server->errorString());
                delete server;
                return false;
            }
            delete server;
            continue;
        }
        m_port = server->serverPort();
        bind(server);
    }
    return true;
}

bool LoopbackListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Redirect redirect;
    redirect.path = request.url().path();
    HttpExchange& x = redirect.received;
    // Only GET and POST matter here.
    const auto method = request.method();
    x.method = method == QHttpServerRequest::Method::Get ? "GET"
        : method == QHttpServerRequest::Method::Post     ? "POST"
                                                         : "OTHER";
    x.url = request.url();
    x.started = QDateTime::currentDateTime();
    for (const auto& [name, value] : request.headers())
        x.requestHeaders.emplaceBack(name, value);
    x.requestBody = request.body();

    auto answer = [&](int status, const QByteArray& type, const QByteArray& body) {
        x.status = status;
        x.reasonPhrase = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
        x.responseHeaders = {{"Content-Type", type}, {"Cache-Control", "no-store"},
            {"Content-Security-Policy",
                "default-src 'none'; script-src 'unsafe-inline'; connect-src 'self'; style-src "
                "'unsafe-inline'"},
            {"Referrer-Policy", "no-referrer"}};
        x.responseBody = body;
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
        for (const auto& [name, value] : x.responseHeaders)
            responder.writeHeader(name, value);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeHeader("Connection", "close");
        responder.writeBody(body);
        // The flow may end (and the listener go) right after this answer: hand it to the system now, and
        // close the connection once it is out.
        socket->flush();
        socket->disconnectFromHost();
    };

    if (!m_paths.contains(redirect.path)) {
        answer(404, "text/html; charset=utf-8",
            page(u"Not found"_s, u"OIDC Bench is waiting for the provider at another address."_s));
        return true;
    }
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    std::optional<core::FormData> params;
    QString parseError;
    if (x.method == "GET" && query.isEmpty() && m_paths.value(redirect.path)) {
        answer(200, "text/html; charset=utf-8", kFragmentRelay);
        return true;
    }
    if (x.method == "GET") {
        params = core::FormData::parse(query, &parseError);
        redirect.via = Redirect::Via::Query;
    } else if (x.method == "POST") {
        params = core::FormData::parse(x.requestBody, &parseError);
        const bool relay = request.value("x-oidc-bench-relay") == "fragment";
        redirect.via = relay ? Redirect::Via::Fragment : Redirect::Via::FormPost;
    } else {
        answer(400, "text/plain; charset=utf-8", "GET or POST only\n");
        return true;
    }
    if (!params) {
        answer(400, "text/html; charset=utf-8", page(u"Malformed response"_s, parseError));
        return true;
    }
    redirect.params = *params;
    const QString error = params->value(u"error"_s);
    if (!error.isEmpty())
        answer(200, "text/html; charset=utf-8",
            page(u"The provider answered with an error"_s,
                error + u": "_s + params->value(u"error_description"_s)
                    + u" — OIDC Bench shows the details; you can close this tab."_s));
    else
        answer(200, "text/html; charset=utf-8",
            page(u"Done"_s, u"The response is with OIDC Bench. You can close this tab."_s));
    emit redirectReceived(redirect);
    return true;
}

void LoopbackListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace client
