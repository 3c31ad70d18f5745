#pragma once

#include "core/jose/Algorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace jose {

enum class KeyType { RSA, EC, OKP, Oct };

// A JSON Web Key (RFC 7517/7518, OKP from RFC 8037): RSA, EC P-256/384/521, Ed25519 or a symmetric secret.
// Cheap to copy: the OpenSSL key is shared and never mutated after construction.
class Jwk
{
public:
    static std::optional<Jwk> fromJson(const QJsonObject& json, QString* error = nullptr);
    static Jwk generateRsa(int bits = 2048);
    static Jwk generateEc(const QString& curve = QStringLiteral("P-256"));
    static Jwk generateEd25519();
    static Jwk fromSecret(const QByteArray& secret);
    // The public key of a PEM "PUBLIC KEY" block or "CERTIFICATE", or the key pair of an unencrypted
    // "PRIVATE KEY" (PKCS #8) or "RSA/EC PRIVATE KEY" block (RSA, EC P-256/384/521, Ed25519).
    static std::optional<Jwk> fromPem(const QByteArray& pem, QString* error = nullptr);

    KeyType type() const { return m_type; }
    QString typeName() const;
    QString curve() const { return m_curve; }
    bool hasPrivateKey() const { return m_private; }

    QString kid() const { return m_kid; }
    void setKid(const QString& kid) { m_kid = kid; }
    QString use() const { return m_use; }
    void setUse(const QString& use) { m_use = use; }
    // The "alg" member: the one algorithm the key is meant for, if the key says so.
    QString alg() const { return m_alg; }
    void setAlg(const QString& alg) { m_alg = alg; }

    // RFC 7638 thumbprint (SHA-256, base64url) of the required public members.
    QString thumbprint() const;
    // Public members only (never "d", "p", ... or "k"), plus kid/use/alg when set.
    QJsonObject toPublicJson() const;
    // Everything, private members included: for the workspace file only.
    QJsonObject toJson() const;
    // PEM: the public key ("PUBLIC KEY", SubjectPublicKeyInfo) or, with the private part, the private key
    // ("PRIVATE KEY", unencrypted PKCS #8). Empty for a symmetric key, which has no PEM form.
    QByteArray toPem(bool withPrivate = false) const;

    // Whether `alg` can be used with this key type and size.
    bool supports(Algorithm alg, QString* why = nullptr) const;
    // The algorithm to sign with when none is configured.
    Algorithm defaultAlgorithm() const;

    std::optional<QByteArray> sign(Algorithm alg, QByteArrayView data, QString* error = nullptr) const;
    bool verify(Algorithm alg, QByteArrayView data, QByteArrayView signature, QString* error = nullptr) const;

private:
    KeyType m_type = KeyType::Oct;
    QString m_curve;
    bool m_private = false;
    std::shared_ptr<EVP_PKEY> m_pkey;
    QByteArray m_secret;
    QString m_kid;
    QString m_use;
    QString m_alg;
};

// Frees the signing contexts Jwk::sign keeps for the calling thread (endThread() does it too).
void releaseThreadSigners();

} // namespace jose
