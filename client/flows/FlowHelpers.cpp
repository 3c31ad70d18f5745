#include "client/flows/FlowHelpers.h"

#include "client/Browser.h"
#include "client/LoopbackListener.h"
#include "core/jose/Crypto.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Pkce.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace client::flows {

// RFC 8252 7.3 and 8.3: loopback redirects are received by a listener on this machine.
bool isLoopbackRedirect(const QUrl& uri)
{
    if (uri.scheme() != u"http"_s)
        return false;
    if (uri.host() == u"localhost"_s)
        return true;
    const QHostAddress address(uri.host());
    return !address.isNull() && address.isLoopback();
}

QString randomValue()
{
    return QString::fromLatin1(jose::randomToken(24));
}

// "200 OK", "400 invalid_grant: the code was already used", "no response: connection refused".
QString summary(const HttpExchange& x)
{
    if (x.status == 0)
        return u"no response: "_s + x.networkError;
    QString text = QString::number(x.status);
    if (!x.reasonPhrase.isEmpty())
        text += u' ' + QString::fromLatin1(x.reasonPhrase);
    if (const auto error = core::OAuthError::fromJsonBody(x.responseBody, x.status))
        text += u": "_s + error->toString();
    return text;
}

// The error of a Bearer challenge (RFC 6750 3): WWW-Authenticate: Bearer error="invalid_token", ...
std::optional<core::OAuthError> bearerChallengeError(const HttpExchange& x)
{
    const QString header = QString::fromLatin1(x.responseHeader("www-authenticate"));
    const auto error = QRegularExpression(u"error=\"([^\"]*)\""_s).match(header);
    if (!error.hasMatch())
        return core::OAuthError::fromJsonBody(x.responseBody, x.status);
    const auto description = QRegularExpression(u"error_description=\"([^\"]*)\""_s).match(header);
    return core::OAuthError{error.captured(1), description.captured(1), x.status};
}

bool looksLikeJwt(const QString& token)
{
    return token.count(u'.') == 2 && token.startsWith(u"ey"_s);
}

QStringList words(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

QJsonObject formToJson(const core::FormData& form)
{
    QJsonObject out;
    for (const auto& [key, value] : form.pairs())
        out.insert(key, value);
    return out;
}

TokenSet tokenSetFrom(const QJsonObject& json)
{
    TokenSet t;
    t.accessToken = json.value(u"access_token"_s).toString();
    t.tokenType = json.value(u"token_type"_s).toString();
    t.refreshToken = json.value(u"refresh_token"_s).toString();
    t.idToken = json.value(u"id_token"_s).toString();
    t.scope = json.value(u"scope"_s).toString();
    // expires_in is a number in a token response and a string in a front-channel response.
    const QJsonValue expires = json.value(u"expires_in"_s);
    bool ok = false;
    const qint64 secs = expires.isDouble() ? qint64(expires.toDouble()) : expires.toString().toLongLong(&ok);
    t.expiresIn = expires.isDouble() || ok ? secs : -1;
    t.receivedAt = QDateTime::currentDateTime();
    t.raw = json;
    return t;
}

} // namespace client::flows
