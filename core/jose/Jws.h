#pragma once

#include "core/jose/Algorithm.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace jose {

// A JWS in compact serialisation (RFC 7515 section 7.1).
class Jws
{
public:
    // Upper bounds that keep a hostile token from costing more than it is worth.
    static constexpr qsizetype kMaxCompactSize = 1024 * 1024;
    static constexpr qsizetype kMaxHeaderSize = 16 * 1024;

    // Splits and decodes; checks the header is a JSON object with a string "alg". Does not verify.
    static std::optional<Jws> parse(QByteArrayView compact, QString* error = nullptr);
    // Signs `payload` with `key`; the header is `header` with "alg" (first) and "kid" (if the key has one and
    // `header` not).
    static std::optional<QByteArray> sign(const QJsonObject& header, QByteArrayView payload, const Jwk& key,
        Algorithm alg, QString* error = nullptr);

    bool verify(const Jwk& key, QString* error = nullptr) const;

    const QJsonObject& header() const { return m_header; }
    const QByteArray& payload() const { return m_payload; }
    const QByteArray& signature() const { return m_signature; }
    Algorithm algorithm() const { return m_alg; }
    QString algorithmName() const { return m_header.value(QStringLiteral("alg")).toString(); }
    QString kid() const { return m_header.value(QStringLiteral("kid")).toString(); }
    QByteArray signingInput() const { return m_signingInput; }

private:
    QJsonObject m_header;
    QByteArray m_payload;
    QByteArray m_signature;
    QByteArray m_signingInput;
    Algorithm m_alg = Algorithm::Invalid;
};

} // namespace jose
