#include "core/jose/Jws.h"

#include "core/JsonWriter.h"
#include "core/jose/Base64Url.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jose {

namespace {

std::optional<Jws> failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<Jws> Jws::parse(QByteArrayView compact, QString* error)
{
    compact = compact.trimmed();
    if (compact.size() > kMaxCompactSize)
        return failed(error, u"token is larger than %1 bytes"_s.arg(kMaxCompactSize));
    if (compact.count('.') != 2)
        return failed(error,
            u"a compact JWS has three dot-separated parts, this has %1 (an encrypted JWE has five)"_s.arg(
                compact.count('.') + 1));
    const qsizetype dot1 = compact.indexOf('.');
    const qsizetype dot2 = compact.indexOf('.', dot1 + 1);
    const QByteArrayView headerPart = compact.first(dot1);
    const QByteArrayView payloadPart = compact.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = compact.sliced(dot2 + 1);

    if (headerPart.size() > kMaxHeaderSize * 4 / 3 + 4)
        return failed(error, u"header is larger than %1 bytes"_s.arg(kMaxHeaderSize));
    auto header = base64UrlDecode(headerPart);
    if (!header || header->isEmpty())
        return failed(error, u"header is not valid base64url"_s);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(*header, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(error, u"header is not a JSON object"_s);
    auto payload = base64UrlDecode(payloadPart);
    if (!payload)
        return failed(error, u"payload is not valid base64url"_s);
    auto signature = base64UrlDecode(signaturePart);
    if (!signature)
        return failed(error, u"signature is not valid base64url"_s);

    Jws jws;
    jws.m_header = doc.object();
    const QJsonValue alg = jws.m_header.value(u"alg"_s);
    if (!alg.isString())
        return failed(error, u"header has no \"alg\" string"_s);
    jws.m_alg = algorithmFromName(alg.toString());
    // RFC 7515 4.1.11: a "crit" we do not understand makes the JWS invalid.
    if (jws.m_header.contains(u"crit"_s))
        return failed(error, u"header lists critical extensions (\"crit\"), which are not supported"_s);
    jws.m_payload = std::move(*payload);
    jws.m_signature = std::move(*signature);
    jws.m_signingInput = compact.first(dot2).toByteArray();
    return jws;
}

std::optional<QByteArray> Jws::sign(
    const QJsonObject& header, QByteArrayView payload, const Jwk& key, Algorithm alg, QString* error)
{
    // Written directly rather than through QJsonDocument: this runs for every token issued.
    core::JsonObjectWriter head;
    head.add(u"alg", jose::algorithmName(alg));
    if (!header.contains(u"kid"_s) && !key.kid().isEmpty())
        head.add(u"kid", key.kid());
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() != u"alg"_s)
            head.addValue(it.key(), it.value());
    }
    QByteArray input = base64UrlEncode(head.finish());
    input += '.';
    input += base64UrlEncode(payload);
    auto signature = key.sign(alg, input, error);
    if (!signature)
        return std::nullopt;
    input += '.';
    input += base64UrlEncode(*signature);
    return input;
}

bool Jws::verify(const Jwk& key, QString* error) const
{
    if (m_alg == Algorithm::None || m_alg == Algorithm::Invalid) {
        if (error)
            *error = m_alg == Algorithm::None ? u"alg \"none\" is never accepted"_s
                                              : u"unsupported algorithm \"%1\""_s.arg(algorithmName());
        return false;
    }
    return key.verify(m_alg, m_signingInput, m_signature, error);
}

} // namespace jose
