#include "client/TokenValidator.h"

#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "core/jose/JwtChecks.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace client {

namespace {

using Status = ValidationCheck::Status;

QString when(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

class Checker
{
public:
    explicit Checker(ValidationReport& report)
        : m_report(report)
    { }
    void pass(const QString& id, const QString& reason) { add(id, Status::Passed, reason); }
    void fail(const QString& id, const QString& reason) { add(id, Status::Failed, reason); }
    void skip(const QString& id, const QString& reason) { add(id, Status::Skipped, reason); }

private:
    void add(const QString& id, Status status, const QString& reason)
    {
        m_report.checks.append({id, status, reason});
    }
    ValidationReport& m_report;
};

bool hmac(jose::Algorithm alg)
{
    return jose::algorithmFamily(alg) == jose::AlgorithmFamily::Hmac;
}

void checkSignature(
    const jose::Jws& jws, const ValidationOptions& options, const KeySource& keys, Checker& check)
{
    const QString alg = jws.algorithmName();
    if (jws.algorithm() == jose::Algorithm::None) {
        check.fail(u"algorithm"_s,
            u"alg is \"none\": the token is not signed, and unsigned tokens are never accepted"_s);
        check.fail(u"signature"_s, u"there is no signature to check"_s);
        return;
    }
    if (jws.algorithm() == jose::Algorithm::Invalid) {
        check.fail(u"algorithm"_s, u"alg \"%1\" is not a JWS algorithm this program knows"_s.arg(alg));
        check.skip(u"signature"_s, u"cannot be checked with an unknown algorithm"_s);
        return;
    }
    QStringList allowed = options.allowedAlgorithms;
    if (allowed.isEmpty()) {
        for (const QString& name : jose::supportedAlgorithmNames()) {
            if (!hmac(jose::algorithmFromName(name)) || !options.clientSecret.isEmpty())
                allowed.append(name);
        }
    }
    if (!allowed.contains(alg)) {
        check.fail(u"algorithm"_s,
            hmac(jws.algorithm()) && options.clientSecret.isEmpty()
                ? u"%1 is an HMAC algorithm: only acceptable with the client secret, and none was given"_s
                      .arg(alg)
                : u"%1 is not one of the accepted algorithms (%2)"_s.arg(alg, allowed.join(u", "_s)));
        check.skip(u"signature"_s, u"not checked: the algorithm is not accepted"_s);
        return;
    }
    check.pass(u"algorithm"_s, u"%1 is accepted"_s.arg(alg));

    if (hmac(jws.algorithm())) {
        // OIDC Core 10.1: the secret's UTF-8 octets are the key.
        QString why;
        if (jws.verify(jose::Jwk::fromSecret(options.clientSecret), &why))
            check.pass(u"signature"_s, u"verified with the client secret (%1)"_s.arg(alg));
        else
            check.fail(
                u"signature"_s, u"does not verify with the client secret: altered, or another secret"_s);
        return;
    }
    if (!keys) {
        check.skip(u"signature"_s, u"no keys to check it with (give a JWKS, a key, or the issuer)"_s);
        return;
    }
    const QString kid = jws.kid();
    QString error;
    for (const bool refetch : {false, true}) {
        const auto set = keys(refetch, &error);
        if (!set) {
            check.fail(u"signature"_s, u"the keys could not be loaded: %1"_s.arg(error));
            return;
        }
        const QList<jose::Jwk> candidates = set->candidates(kid, jws.algorithm());
        if (kid.isEmpty() && candidates.size() > 1) {
            check.fail(u"signature"_s,
                u"the token names no key (no kid) and %1 keys could have signed it; with several keys a "
                u"token must "
                u"say which"_s.arg(candidates.size()));
            return;
        }
        if (candidates.isEmpty()) {
            if (!refetch && !kid.isEmpty())
                continue; // maybe a key rotated in since: fetch once more
            check.fail(u"signature"_s,
                kid.isEmpty()
                    ? u"no %1 key to check it with"_s.arg(alg)
                    : u"no key with kid \"%1\" for %2, even after fetching the keys again"_s.arg(kid, alg));
            return;
        }
        // The key the token names first; keys without a kid (a pasted PEM key) fit any kid.
        if (jose::jwt::verifyingKey(jws, candidates))
            check.pass(u"signature"_s,
                kid.isEmpty() ? u"verified with the only suitable key (the token names none)"_s
                              : u"verified with key \"%1\"%2"_s.arg(
                                  kid, refetch ? u" (after fetching the keys again)"_s : QString()));
        else
            check.fail(u"signature"_s,
                u"does not verify with key \"%1\": the token was altered or signed by someone else"_s.arg(
                    kid.isEmpty() ? candidates.first().kid() : kid));
        return;
    }
}

using Verdict = jose::jwt::TimeCheck::Verdict;

void checkTimes(const QJsonObject& claims, const ValidationOptions& options, qint64 now, Checker& check)
{
    const qint64 leeway = options.leewaySecs;
    const jose::jwt::TimeCheck exp = jose::jwt::checkExpiry(claims, now, leeway);
    if (exp.verdict == Verdict::Absent || exp.verdict == Verdict::NotANumber) {
        const QString reason = exp.verdict == Verdict::NotANumber ? u"exp is not a number"_s
                                                                  : u"the token has no expiry (exp)"_s;
        if (options.idToken || claims.contains(u"exp"_s))
            check.fail(u"exp"_s, reason);
        else
            check.skip(u"exp"_s, reason);
    } else if (exp.verdict == Verdict::Expired) {
        check.fail(u"exp"_s,
            u"expired at %1, %2 s ago (leeway %3 s)"_s.arg(when(exp.value)).arg(now - exp.value).arg(leeway));
    } else {
        check.pass(u"exp"_s, u"valid until %1 (in %2 s)"_s.arg(when(exp.value)).arg(exp.value - now));
    }
    const jose::jwt::TimeCheck nbf = jose::jwt::checkNotAhead(claims, u"nbf", now, leeway);
    if (nbf.verdict == Verdict::NotYetValid)
        check.fail(
            u"nbf"_s, u"not valid before %1, %2 s from now"_s.arg(when(nbf.value)).arg(nbf.value - now));
    else if (nbf.verdict == Verdict::Ok)
        check.pass(u"nbf"_s, u"valid since %1"_s.arg(when(nbf.value)));
    else if (nbf.verdict == Verdict::NotANumber)
        check.fail(u"nbf"_s, u"nbf is not a number"_s);
    const jose::jwt::TimeCheck iat = jose::jwt::checkNotAhead(claims, u"iat", now, leeway);
    if (iat.verdict == Verdict::Absent || iat.verdict == Verdict::NotANumber) {
        if (options.idToken || claims.contains(u"iat"_s))
            check.fail(u"iat"_s,
                iat.verdict == Verdict::NotANumber ? u"iat is not a number"_s
                                                   : u"the token does not say when it was issued (iat)"_s);
    } else if (iat.verdict == Verdict::NotYetValid) {
        check.fail(u"iat"_s,
            u"issued in the future (%1, %2 s from now): the clocks disagree or the token is forged"_s
                .arg(when(iat.value))
                .arg(iat.value - now));
    } else {
        check.pass(u"iat"_s, u"issued at %1, %2 s ago"_s.arg(when(iat.value)).arg(now - iat.value));
    }
}

void checkHash(const QJsonObject& claims, const QString& name, const QString& value, const QString& what,
    jose::Algorithm alg, Checker& check)
{
    if (value.isEmpty()) {
        if (claims.contains(name))
            check.skip(name, u"the token has %1, but no %2 was given to compare"_s.arg(name, what));
        return;
    }
    if (!claims.contains(name)) {
        check.skip(name,
            u"the token has no %1 (required only when the %2 comes from the authorization endpoint "
            u"with it)"_s.arg(name, what));
        return;
    }
    if (alg == jose::Algorithm::Invalid || alg == jose::Algorithm::None) {
        check.fail(name, u"cannot be computed without a known signing algorithm"_s);
        return;
    }
    const QString expected = jose::jwt::halfHash(alg, value.toLatin1());
    if (claims.value(name).toString() == expected)
        check.pass(name, u"matches the %1"_s.arg(what));
    else
        check.fail(
            name, u"does not match the %1 that came with it: the two were not issued together"_s.arg(what));
}

} // namespace

bool ValidationReport::valid() const
{
    return !checks.isEmpty() && std::none_of(checks.cbegin(), checks.cend(), [](const auto& c) {
        return c.status == Status::Failed;
    });
}

const ValidationCheck* ValidationReport::check(const QString& id) const
{
    for (const ValidationCheck& c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList ValidationReport::failedChecks() const
{
    QStringList out;
    for (const ValidationCheck& c : checks) {
        if (c.status == Status::Failed)
            out.append(c.id);
    }
    return out;
}

KeySource fixedKeys(const jose::JwkSet& set)
{
    return [set](bool, QString*) { return std::optional(set); };
}

ValidationReport validateToken(
    const QByteArray& token, const ValidationOptions& options, const KeySource& keys)
{
    ValidationReport report;
    Checker check(report);
    QString parseError;
    const auto jws = jose::Jws::parse(token, &parseError);
    const auto claims = jws ? jose::jwt::decodeClaims(jws->payload(), &parseError) : std::nullopt;
    if (!jws || !claims) {
        if (jws)
            report.header = jws->header();
        check.fail(u"format"_s, u"not a signed JWT: %1"_s.arg(parseError));
        return report;
    }
    report.header = jws->header();
    report.claims = *claims;
    check.pass(u"format"_s, u"a compact JWS with a JSON payload"_s);
    const qint64 now = options.nowSecs > 0 ? options.nowSecs : QDateTime::currentSecsSinceEpoch();

    checkSignature(*jws, options, keys, check);

    const QString iss = claims->value(u"iss"_s).toString();
    if (!claims->value(u"iss"_s).isString()) {
        if (options.idToken || !options.expectedIssuer.isEmpty())
            check.fail(u"iss"_s, u"the token does not say who issued it (iss)"_s);
    } else if (options.expectedIssuer.isEmpty()) {
        check.skip(u"iss"_s, u"issued by %1 (no expected issuer given to compare)"_s.arg(iss));
    } else if (iss == options.expectedIssuer) {
        check.pass(u"iss"_s, u"issued by %1, as expected"_s.arg(iss));
    } else {
        check.fail(u"iss"_s,
            u"issued by \"%1\", not by \"%2\" (they must be identical, trailing slash "
            u"included)"_s.arg(iss, options.expectedIssuer));
    }

    const QStringList audiences = jose::jwt::audiences(*claims);
    if (audiences.isEmpty()) {
        if (options.idToken || !options.clientId.isEmpty())
            check.fail(u"aud"_s, u"the token names no audience (aud)"_s);
    } else if (options.clientId.isEmpty()) {
        check.skip(u"aud"_s, u"for %1 (no client_id given to compare)"_s.arg(audiences.join(u", "_s)));
    } else if (!audiences.contains(options.clientId)) {
        check.fail(u"aud"_s,
            u"meant for %1, not for client \"%2\""_s.arg(audiences.join(u", "_s), options.clientId));
    } else {
        check.pass(u"aud"_s, u"meant for client \"%1\""_s.arg(options.clientId));
    }
    // OIDC Core 3.1.3.7 items 4 and 5.
    const QString azp = claims->value(u"azp"_s).toString();
    if (!options.clientId.isEmpty() && audiences.size() > 1 && azp.isEmpty())
        check.fail(u"azp"_s,
            u"several audiences (%1) but no azp saying which party the token was issued to"_s.arg(
                audiences.join(u", "_s)));
    else if (!options.clientId.isEmpty() && !azp.isEmpty() && azp != options.clientId)
        check.fail(u"azp"_s, u"issued to \"%1\" (azp), not to client \"%2\""_s.arg(azp, options.clientId));
    else if (!azp.isEmpty())
        check.pass(u"azp"_s, u"issued to \"%1\""_s.arg(azp));

    checkTimes(*claims, options, now, check);

    const QString sub = claims->value(u"sub"_s).toString();
    if (sub.isEmpty()) {
        if (options.idToken)
            check.fail(u"sub"_s, u"the token does not say who the user is (sub)"_s);
    } else {
        check.pass(u"sub"_s, u"user %1"_s.arg(sub));
    }
    if (!options.userinfoSubject.isEmpty()) {
        if (options.userinfoSubject == sub)
            check.pass(u"userinfo_sub"_s, u"userinfo describes the same user"_s);
        else
            check.fail(u"userinfo_sub"_s,
                u"userinfo describes user \"%1\", the ID token \"%2\": the userinfo answer must be "
                u"rejected"_s.arg(options.userinfoSubject, sub));
    }

    const QJsonValue nonce = claims->value(u"nonce"_s);
    if (!options.nonce.isEmpty()) {
        if (nonce.isUndefined())
            check.fail(u"nonce"_s, u"the request sent a nonce, the token has none"_s);
        else if (nonce.toString() != options.nonce)
            check.fail(u"nonce"_s, u"the token's nonce is not the one sent: a replayed or foreign token"_s);
        else
            check.pass(u"nonce"_s, u"matches the request's"_s);
    } else if (!nonce.isUndefined()) {
        check.skip(u"nonce"_s, u"the token has a nonce, but no nonce was given to compare"_s);
    }

    // at_hash and c_hash use the hash of the token's own algorithm (OIDC Core 3.1.3.6, 3.3.2.11).
    checkHash(*claims, u"at_hash"_s, options.accessToken, u"access token"_s, jws->algorithm(), check);
    checkHash(*claims, u"c_hash"_s, options.code, u"authorization code"_s, jws->algorithm(), check);
    return report;
}

std::optional<jose::JwkSet> parseVerificationKeys(const QByteArray& text, QString* error)
{
    std::optional<jose::Jwk> key;
    if (text.trimmed().startsWith("-----BEGIN")) {
        key = jose::Jwk::fromPem(text, error);
    } else {
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        if (object.isEmpty()) {
            *error = u"neither a JWK, a JWK Set nor a PEM public key"_s;
            return std::nullopt;
        }
        if (object.contains(u"keys"_s))
            return jose::JwkSet::fromJson(object, error);
        key = jose::Jwk::fromJson(object, error);
    }
    if (!key)
        return std::nullopt;
    jose::JwkSet set;
    set.keys.append(*key);
    return set;
}

QString relativeTime(qint64 secs, qint64 now)
{
    const qint64 d = secs - now;
    const qint64 a = qAbs(d);
    if (a == 0)
        return u"now"_s;
    const QString amount = a < 120 ? u"%1 s"_s.arg(a)
        : a < 7200                 ? u"%1 min"_s.arg(a / 60)
        : a < 172800               ? u"%1 h"_s.arg(a / 3600)
                                   : u"%1 days"_s.arg(a / 86400);
    return d >= 0 ? u"in "_s + amount : amount + u" ago"_s;
}

QString tokenText(const ValidationReport& report, qint64 now)
{
    static const QStringList kTimes{u"exp"_s, u"iat"_s, u"nbf"_s, u"auth_time"_s, u"updated_at"_s};
    QString text = u"Header\n"_s
        + QString::fromUtf8(QJsonDocument(report.header).toJson(QJsonDocument::Indented)) + u"Payload\n"_s
        + QString::fromUtf8(QJsonDocument(report.claims).toJson(QJsonDocument::Indented));
    for (const QString& name : kTimes) {
        if (report.claims.value(name).isDouble()) {
            const qint64 t = qint64(report.claims.value(name).toDouble());
            text += u"  %1: %2 (%3)\n"_s.arg(
                name, QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate), relativeTime(t, now));
        }
    }
    return text;
}

} // namespace client
