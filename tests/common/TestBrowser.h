#pragma once

#include "client/Browser.h"
#include "core/http/FormUrlEncoded.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

// A browser for tests with a user in it: follows redirects, completes the pages of the built-in provider
// (login by picking a test user, consent, logout confirmation, device code entry, form_post auto-submit) and
// runs what the loopback listener's fragment page would run (posting the fragment back). It stops at a page
// it has nothing to do on, or before leaving the hosts it may visit (the URL is then in stoppedAt).
namespace fixture {

using namespace Qt::StringLiterals;

class TestBrowser : public QObject, public client::Browser
{
public:
    // Who logs in, and what to press on the consent and logout pages.
    QString username = u"alice"_s;
    QString consentAction = u"allow"_s;
    QString logoutAction = u"logout"_s;
    // Hosts it may visit (the provider and the loopback listener); anything else ends the walk.
    QStringList hosts{u"127.0.0.1"_s, u"localhost"_s};
    // When false, open() records the URL but the user never acts (for cancel tests).
    bool acts = true;

    QList<QUrl> opened;
    QList<QUrl> visited;
    QUrl stoppedAt;
    QByteArray lastPage;
    bool idle = true;

    TestBrowser()
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
    }

    bool open(const QUrl& url, QString*) override
    {
        opened.append(url);
        m_steps = 0;
        if (acts) {
            idle = false;
            QTimer::singleShot(0, this, [this, url] { go("GET", url, {}, {}); });
        }
        return true;
    }

private:
    static QString unescape(QString text)
    {
        return text.replace(u"&quot;"_s, u"\""_s)
            .replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&#39;"_s, u"'"_s)
            .replace(u"&amp;"_s, u"&"_s);
    }

    void stop(const QUrl& url)
    {
        stoppedAt = url;
        idle = true;
    }

    void go(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& relayHeader)
    {
        if (!hosts.contains(url.host()) || ++m_steps > 30) {
            stop(url);
            return;
        }
        visited.append(url);
        // A browser keeps the fragment to itself.
        QNetworkRequest request(url.adjusted(QUrl::RemoveFragment));
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        if (!relayHeader.isEmpty())
            request.setRawHeader("X-OIDC-Bench-Relay", relayHeader);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
            reply->deleteLater();
            onPage(url, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->rawHeader("Location"), reply->readAll());
        });
    }

    void submit(const QUrl& page, const QString& form, const QString& action,
        const std::pair<QString, QString>& button)
    {
        core::FormData fields;
        const QRegularExpression input(u"<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\""_s);
        for (const auto& m : input.globalMatch(form))
            fields.add(m.captured(1), unescape(m.captured(2)));
        if (!button.first.isEmpty())
            fields.add(button.first, button.second);
        go("POST", page.resolved(QUrl(unescape(action))), fields.encode(), {});
    }

    void onPage(const QUrl& url, int status, const QByteArray& location, const QByteArray& body)
    {
        if (status >= 300 && status < 400 && !location.isEmpty()) {
            go("GET", url.resolved(QUrl(QString::fromUtf8(location))), {}, {});
            return;
        }
        lastPage = body;
        const QString html = QString::fromUtf8(body);
        if (html.contains(u"X-OIDC-Bench-Relay"_s)) {
            // What the loopback listener's page script does with the fragment.
            go("POST", url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery),
                url.fragment(QUrl::FullyEncoded).toUtf8(), "fragment");
            return;
        }
        const QRegularExpression formPattern(u"<form method=\"post\" action=\"([^\"]*)\">(.*?)</form>"_s,
            QRegularExpression::DotMatchesEverythingOption);
        for (const auto& m : formPattern.globalMatch(html)) {
            const QString form = m.captured(2);
            if (form.contains(u"name=\"pick\""_s))
                return submit(url, form, m.captured(1), {u"pick"_s, username});
            if (form.contains(u"value=\"allow\""_s))
                return submit(url, form, m.captured(1), {u"action"_s, consentAction});
            if (form.contains(u"name=\"confirm\""_s))
                return submit(url, form, m.captured(1), {u"action"_s, logoutAction});
            if (form.contains(u"name=\"user_code\""_s) || html.contains(u"document.forms[0].submit()"_s))
                return submit(url, form, m.captured(1), {});
        }
        stop(url);
    }

    QNetworkAccessManager m_nam;
    int m_steps = 0;
};

} // namespace fixture
