#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace client {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request and what came back, as sent and received (secrets included: mask before showing or
// exporting, see TimelineExport.h).
struct HttpExchange
{
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    // 0: no response (networkError says why).
    int status = 0;
    QByteArray reasonPhrase;
    HeaderList responseHeaders;
    QByteArray responseBody;
    QString networkError;
    QDateTime started;
    qint64 durationMs = 0;

    QByteArray requestHeader(QByteArrayView name) const;
    QByteArray responseHeader(QByteArrayView name) const;
};

// The three parties of a flow, as the lanes of a sequence diagram.
enum class Lane { Browser, Client, Provider };

// One step of a flow: an HTTP exchange by the client, a page the browser was sent to, a redirect that came
// back to the client's loopback listener, or a note (a check, a decision, an error).
struct TimelineEntry
{
    enum class Kind {
        Http, // the client called the provider
        Navigation, // the browser was sent to the provider (no exchange seen by the client)
        Callback, // the browser brought a response back to the client (the exchange as received)
        Note, // a check or a decision of the client
    };

    Kind kind = Kind::Note;
    Lane from = Lane::Client;
    Lane to = Lane::Client;
    // Short: "Token request", "Discovery".
    QString title;
    // One line: "200, access and ID token", or what went wrong.
    QString detail;
    bool failed = false;
    QDateTime time;
    std::optional<HttpExchange> http;
    // For Navigation: where the browser was sent.
    QUrl url;
};

// The steps of the flows a RelyingParty ran, in order, for the GUI to draw as they happen and for export.
class Timeline : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const QList<TimelineEntry>& entries() const { return m_entries; }
    // Returns the new entry's index. Its time is now unless set.
    int append(TimelineEntry entry);
    void clear();

signals:
    void entryAppended(int index);
    void cleared();

private:
    QList<TimelineEntry> m_entries;
};

} // namespace client
