#pragma once

#include "client/Timeline.h"
#include "core/http/FormUrlEncoded.h"

#include <QAbstractHttpServer>
#include <QHash>

namespace client {

// What came back to the client through the browser: an authorization response or a post-logout redirect.
struct Redirect
{
    // How the parameters travelled (OAuth 2.0 Multiple Response Type Encoding Practices, Form Post Response
    // Mode): the query of a GET, the fragment (handed over by a small page served for it), or a POST form.
    enum class Via { Query, Fragment, FormPost };

    QString path;
    core::FormData params;
    Via via = Via::Query;
    // The request as the listener received it, and its answer.
    HttpExchange received;

    static QString viaName(Via via);
};

// The loopback side of a native app's redirect (RFC 8252 7.3): a small HTTP server on 127.0.0.1 (or ::1)
// that receives the browser at the redirect URI, tells the user they can close the tab, and hands the
// parameters over. Fragment responses cannot reach a server, so a GET without parameters is answered with a
// page whose script posts the fragment back.
class LoopbackListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using QAbstractHttpServer::QAbstractHttpServer;

    // Listens on `host` (127.0.0.1, ::1, or localhost for both) at `port` (0: a free one). On failure
    // returns false with *error saying why (e.g. the port is taken).
    bool listen(const QString& host, quint16 port, QString* error);
    quint16 port() const { return m_port; }
    // A path that delivers a Redirect (e.g. "/callback", "/logged-out"); anything else answers 404. With
    // `fragmentRelay`, a GET without parameters gets the page that posts the fragment back; without, it is
    // a redirect without parameters.
    void expect(const QString& path, bool fragmentRelay) { m_paths.insert(path, fragmentRelay); }

signals:
    void redirectReceived(const client::Redirect& redirect);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QHash<QString, bool> m_paths;
    quint16 m_port = 0;
};

} // namespace client
