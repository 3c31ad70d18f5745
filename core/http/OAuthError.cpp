#include "core/http/OAuthError.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace core {

QJsonObject OAuthError::toJson() const
{
    QJsonObject body{{u"error"_s, error}};
    if (!description.isEmpty())
        body.insert(u"error_description"_s, safeDescription(description));
    return body;
}

QString OAuthError::toString() const
{
    return description.isEmpty() ? error : error + u": "_s + description;
}

std::optional<OAuthError> OAuthError::fromJsonBody(const QByteArray& body, int status)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(u"error"_s).toString();
    if (error.isEmpty())
        return std::nullopt;
    return OAuthError{error, object.value(u"error_description"_s).toString(), status};
}

QString OAuthError::safeDescription(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'"')
            out += u'\'';
        else if (c == u'\\' || c.unicode() < 0x20 || c.unicode() > 0x7e)
            out += u'?';
        else
            out += c;
    }
    return out;
}

} // namespace core
