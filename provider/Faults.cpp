#include "provider/Faults.h"

#include "core/json/JsonReader.h"
#include "provider/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

const QStringList kAuthorize{u"authorization"_s};
const QStringList kToken{u"token"_s};
const QStringList kTokens{u"token"_s, u"authorization"_s};
const QStringList kPushed{u"pushed_authorization_request"_s};

QList<FaultDefinition> buildCatalogue()
{
    QList<FaultDefinition> c;
    auto authorizeError = [&](const QString& error, const QString& when) {
        c.append({u"authorize."_s + error,
            u"The authorization endpoint redirects back with error=%1 (and error_description, state, iss) "
            u"instead of signing the user in (%2)."_s.arg(error, when),
            u"Show the error, start no token request, check state and iss as for any response."_s, kAuthorize,
            {}, FaultStage::ErrorResponse});
    };
    authorizeError(u"access_denied"_s, u"the user or the provider refused"_s);
    authorizeError(u"login_required"_s, u"as if prompt=none found no session"_s);
    authorizeError(u"interaction_required"_s, u"as if prompt=none needed the user"_s);
    authorizeError(u"consent_required"_s, u"as if prompt=none needed consent"_s);
    authorizeError(u"account_selection_required"_s, u"as if prompt=none needed an account choice"_s);
    authorizeError(u"invalid_scope"_s, u"as if a scope were unknown"_s);
    authorizeError(u"server_error"_s, u"an internal error"_s);
    authorizeError(u"temporarily_unavailable"_s, u"overloaded or in maintenance"_s);
    authorizeError(u"unauthorized_client"_s, u"the client may not use this flow"_s);
    c.append(
        {u"authorize.state_missing"_s, u"The successful authorization response has no state parameter."_s,
            u"Reject the response: the state it sent is not echoed (CSRF protection)."_s, kAuthorize, {}});
    c.append({u"authorize.state_wrong"_s,
        u"The successful authorization response carries a state other than the one sent."_s,
        u"Reject the response as forged."_s, kAuthorize, {}});
    c.append({u"authorize.code_replayed"_s,
        u"The authorization response carries the code of this client's previous response, already "
        u"redeemed (the first time it fires, when there is none yet, a code that was never issued)."_s,
        u"Surface the token endpoint's invalid_grant; do not retry with the same code."_s, kAuthorize, {}});

    auto tokenError = [&](const QString& error, const QString& effect, const QString& expectation) {
        c.append({u"token."_s + error, effect, expectation, kToken, {}, FaultStage::ErrorResponse});
    };
    auto tokenContent = [&](const QString& name, const QString& effect, const QString& expectation) {
        c.append({u"token."_s + name, effect, expectation, kToken, {}, FaultStage::ResponseContent});
    };
    tokenError(u"invalid_grant"_s,
        u"The token endpoint answers 400 invalid_grant; the code is not used up."_s,
        u"Report the failure; start a new authorization instead of retrying the code."_s);
    tokenError(u"invalid_client"_s,
        u"The token endpoint answers 401 invalid_client with a WWW-Authenticate: Basic challenge."_s,
        u"Report a client configuration problem; do not loop."_s);
    tokenError(
        u"invalid_request"_s, u"The token endpoint answers 400 invalid_request."_s, u"Report the failure."_s);
    tokenError(u"unauthorized_client"_s, u"The token endpoint answers 400 unauthorized_client."_s,
        u"Report that the client may not use this grant."_s);
    tokenError(u"unsupported_grant_type"_s, u"The token endpoint answers 400 unsupported_grant_type."_s,
        u"Report the failure."_s);
    tokenError(
        u"invalid_scope"_s, u"The token endpoint answers 400 invalid_scope."_s, u"Report the failure."_s);
    tokenError(u"slow_down"_s, u"The token endpoint answers 400 slow_down (device flow polling)."_s,
        u"Keep polling, 5 seconds more slowly (RFC 8628 3.5)."_s);
    tokenError(u"authorization_pending"_s, u"The token endpoint answers 400 authorization_pending."_s,
        u"Keep polling at the interval (RFC 8628 3.5)."_s);
    tokenContent(u"missing_id_token"_s, u"A successful token response without id_token."_s,
        u"Reject it for an OpenID Connect (scope openid) request."_s);
    tokenContent(u"missing_token_type"_s, u"A successful token response without token_type."_s,
        u"Reject it: token_type is required (RFC 6749 5.1)."_s);
    tokenContent(u"missing_expires_in"_s, u"A successful token response without expires_in."_s,
        u"Accept it (expires_in is recommended, not required) and assume a default lifetime."_s);
    tokenContent(u"wrong_token_type"_s, u"A successful token response with token_type \"mac\"."_s,
        u"Reject a token type it cannot use (Bearer is compared case-insensitively)."_s);

    auto pushedError = [&](const QString& error, int status, const QString& expectation) {
        c.append({u"par."_s + error,
            u"The pushed authorization request endpoint answers %1 %2 (RFC 9126 2.3); nothing is pushed."_s
                .arg(status)
                .arg(error),
            expectation, kPushed, {}, FaultStage::ErrorResponse});
    };
    pushedError(u"invalid_request"_s, 400,
        u"Report the failure; do not send the browser to the authorization endpoint without a request_uri."_s);
    pushedError(u"invalid_client"_s, 401, u"Report a client configuration problem; do not loop."_s);
    pushedError(u"invalid_scope"_s, 400, u"Report the failure."_s);
    pushedError(u"unauthorized_client"_s, 400, u"Report that the client may not use this flow."_s);

    auto tamper = [&](const QString& name, const QString& effect, const QString& expectation) {
        c.append({u"tamper."_s + name, effect + u" Option token: id_token (default) or access_token."_s,
            expectation, kTokens, {u"token"_s}, FaultStage::TokenTampering});
    };
    tamper(u"bad_signature"_s, u"The token's signature is altered."_s,
        u"Reject: the signature does not verify."_s);
    tamper(u"alg_none"_s, u"The token is unsecured: alg \"none\" and no signature."_s,
        u"Reject: unsigned tokens are never acceptable here."_s);
    tamper(u"unadvertised_alg"_s,
        u"The token is signed with HS256 under a random secret, an algorithm discovery does not advertise."_s,
        u"Reject: the algorithm is not the expected one."_s);
    tamper(u"unknown_kid"_s, u"The token's kid names no key of the JWKS (the signature is otherwise good)."_s,
        u"Refetch the JWKS once, then reject."_s);
    tamper(u"no_kid"_s,
        u"The token has no kid, and the JWKS publishes a second key of the same type, so the key is ambiguous."_s,
        u"Try the candidate keys or reject; never accept an unverified token."_s);
    tamper(u"wrong_iss"_s, u"The token's iss is the issuer with \"/other\" appended."_s,
        u"Reject: iss must equal the issuer exactly."_s);
    tamper(
        u"wrong_aud"_s, u"The token's aud is another client."_s, u"Reject: the client is not an audience."_s);
    tamper(u"missing_aud"_s, u"The token has no aud."_s, u"Reject an ID token without aud."_s);
    tamper(u"multiple_aud_no_azp"_s, u"The token's aud lists the client and another party, without azp."_s,
        u"Reject, or at least check azp rules (OIDC Core 3.1.3.7)."_s);
    tamper(u"expired"_s, u"The token expired an hour ago (exp and iat in the past)."_s,
        u"Reject it as expired."_s);
    tamper(u"missing_exp"_s, u"The token has no exp."_s, u"Reject an ID token without exp."_s);
    tamper(u"nbf_future"_s, u"The token's nbf is an hour from now."_s, u"Reject it as not yet valid."_s);
    tamper(u"iat_future"_s, u"The token's iat is an hour from now."_s,
        u"Reject it (issued in the future beyond clock skew)."_s);
    tamper(u"iat_past"_s, u"The token's iat is 30 days ago (exp still in the future)."_s,
        u"Reject it if the client limits token age; otherwise it may accept it."_s);
    tamper(
        u"missing_nonce"_s, u"The ID token has no nonce."_s, u"Reject it when the request sent a nonce."_s);
    tamper(u"wrong_nonce"_s, u"The ID token's nonce differs from the request's."_s,
        u"Reject it (replay protection)."_s);
    tamper(u"wrong_at_hash"_s, u"The ID token's at_hash does not match the access token."_s,
        u"Reject the access token (and the response) where at_hash is checked."_s);
    tamper(u"missing_at_hash"_s, u"The ID token has no at_hash."_s,
        u"Reject it where at_hash is required (implicit id_token token)."_s);
    tamper(u"wrong_c_hash"_s, u"The ID token's c_hash does not match the code."_s,
        u"Reject the hybrid response."_s);
    tamper(u"missing_c_hash"_s, u"The ID token has no c_hash."_s,
        u"Reject a hybrid response from the authorization endpoint without c_hash."_s);
    tamper(u"missing_sub"_s, u"The token has no sub."_s, u"Reject it."_s);
    c.append({u"userinfo.sub_mismatch"_s, u"The userinfo response's sub is another user's."_s,
        u"Reject the userinfo response: sub must match the ID token's (OIDC Core 5.3.2)."_s, {u"userinfo"_s},
        {}});
    c.append({u"userinfo.missing_sub"_s, u"The userinfo response has no sub."_s, u"Reject it."_s,
        {u"userinfo"_s}, {}});

    c.append({u"jwks.empty"_s, u"The JWKS is {\"keys\": []}."_s,
        u"Fail verification cleanly (no key), without crashing or accepting the token."_s, {u"jwks"_s}, {}});
    c.append({u"jwks.missing_active_key"_s,
        u"The JWKS leaves out the key that signs (a rotation not yet published)."_s,
        u"Refetch the JWKS once on an unknown kid, then reject."_s, {u"jwks"_s}, {}});
    c.append({u"jwks.down"_s, u"The JWKS endpoint answers 503."_s,
        u"Fail verification with a retryable error; keep using cached keys if it has them."_s, {u"jwks"_s},
        {}, FaultStage::ErrorResponse});
    c.append({u"discovery.issuer_mismatch"_s,
        u"The discovery document's issuer is the issuer with \"/other\" appended."_s,
        u"Reject the document: issuer must equal the URL it was fetched for (OIDC Discovery 4.3)."_s,
        {u"discovery"_s}, {}});
    c.append({u"discovery.missing_endpoint"_s,
        u"The discovery document lacks one member. Option member: which one (default token_endpoint)."_s,
        u"Fail with a clear error when the flow needs it."_s, {u"discovery"_s}, {u"member"_s}});
    c.append({u"discovery.malformed"_s,
        u"The discovery document is cut off mid-JSON (still 200 and JSON-typed)."_s,
        u"Fail with a parse error."_s, {u"discovery"_s}, {}});

    const QStringList any;
    c.append({u"http.status"_s,
        u"Any endpoint answers with an HTTP error instead: option status (default 500; 502, 503, 429...), "
        u"option retry_after (seconds, sent as Retry-After with 429 and 503; default 30)."_s,
        u"Treat it as a (retryable, for 429/502/503) server failure; honour Retry-After."_s, any,
        {u"status"_s, u"retry_after"_s}, FaultStage::TransportBefore});
    c.append({u"http.latency"_s,
        u"The response is delayed: option ms (fixed), or min and max (a random delay in the range)."_s,
        u"Wait, or time out gracefully."_s, any, {u"ms"_s, u"min"_s, u"max"_s}, FaultStage::TransportAfter});
    c.append({u"http.close"_s, u"The connection is closed without any response."_s,
        u"Report a network error; retry only idempotent requests."_s, any, {}, FaultStage::TransportBefore});
    c.append({u"http.truncated_body"_s,
        u"The response promises its full Content-Length but only half the body arrives before the connection "
        u"closes."_s,
        u"Report a network error, never use the partial body."_s, any, {}, FaultStage::TransportAfter});
    c.append(
        {u"http.not_json"_s, u"The body is an HTML error page although Content-Type says application/json."_s,
            u"Fail with a parse error."_s, any, {}, FaultStage::TransportAfter});
    c.append({u"http.wrong_content_type"_s, u"The body is unchanged but Content-Type is text/plain."_s,
        u"Reject a JSON response that is not labelled as JSON, or accept it leniently; never crash."_s, any,
        {}, FaultStage::TransportAfter});
    c.append({u"http.no_cors"_s, u"The response has no CORS headers (a browser blocks it)."_s,
        u"In a browser: report a network error."_s, any, {}, FaultStage::TransportAfter});
    return c;
}

const QStringList kRuleMembers{u"fault"_s, u"options"_s, u"endpoint"_s, u"issuer"_s, u"client"_s, u"user"_s,
    u"grant_type"_s, u"after"_s, u"times"_s, u"probability"_s, u"label"_s};

} // namespace

const QList<FaultDefinition>& faultCatalogue()
{
    static const QList<FaultDefinition> catalogue = buildCatalogue();
    return catalogue;
}

const FaultDefinition* findFault(const QString& name)
{
    for (const FaultDefinition& definition : faultCatalogue()) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject& json, QString* error)
{
    core::JsonReader r(error);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kRuleMembers.contains(it.key()))
            r.fail({}, u"unknown member \"%1\" (a rule has %2)"_s.arg(it.key(), kRuleMembers.join(u", "_s)));
    }
    FaultRule rule;
    rule.fault = r.string(json, {}, u"fault"_s);
    const FaultDefinition* definition = findFault(rule.fault);
    if (!definition) {
        r.fail(u"fault"_s,
            rule.fault.isEmpty() ? u"required"_s : u"no fault \"%1\" in the catalogue"_s.arg(rule.fault));
        return std::nullopt;
    }
    rule.options = r.object(json, {}, u"options"_s);
    for (auto it = rule.options.begin(); it != rule.options.end(); ++it) {
        const QString& key = it.key();
        const QString at = core::JsonReader::join(u"options"_s, key);
        if (!definition->options.contains(key))
            r.fail(at,
                u"%1 takes %2"_s.arg(rule.fault,
                    definition->options.isEmpty() ? u"no options"_s : definition->options.join(u", "_s)));
        else if (key == u"token"_s && it->toString() != u"id_token"_s && it->toString() != u"access_token"_s)
            r.fail(at, u"id_token or access_token"_s);
        else if (key == u"member"_s && it->toString().isEmpty())
            r.fail(at, u"the name of a discovery member, e.g. token_endpoint"_s);
        else if (key == u"status"_s && (!it->isDouble() || it->toInt() < 400 || it->toInt() > 599))
            r.fail(at, u"an HTTP error status, 400 to 599"_s);
        else if (key == u"retry_after"_s || key == u"ms"_s || key == u"min"_s || key == u"max"_s)
            r.number(rule.options, u"options"_s, key, 0, 0, 3600000);
    }
    rule.target.endpoint = r.string(json, {}, u"endpoint"_s);
    rule.target.issuer = r.string(json, {}, u"issuer"_s);
    rule.target.client = r.string(json, {}, u"client"_s);
    rule.target.user = r.string(json, {}, u"user"_s);
    rule.target.grantType = r.string(json, {}, u"grant_type"_s);
    rule.label = r.string(json, {}, u"label"_s);
    if (!rule.target.endpoint.isEmpty()) {
        if (!Workspace::endpointNames().contains(rule.target.endpoint))
            r.fail(u"endpoint"_s, u"unknown endpoint \"%1\""_s.arg(rule.target.endpoint));
        else if (!definition->endpoints.isEmpty() && !definition->endpoints.contains(rule.target.endpoint))
            r.fail(u"endpoint"_s,
                u"%1 happens at %2 only"_s.arg(rule.fault, definition->endpoints.join(u", "_s)));
    }
    constexpr int kMax = std::numeric_limits<int>::max();
    rule.after = r.integer(json, {}, u"after"_s, 0, 0, kMax);
    rule.times = r.integer(json, {}, u"times"_s, 0, 0, kMax);
    rule.probability = r.number(json, {}, u"probability"_s, 1.0, 0, 1);
    if (!r.ok())
        return std::nullopt;
    return rule;
}

QJsonObject FaultRule::toJson(bool withCounters) const
{
    QJsonObject o{{u"fault"_s, fault}};
    if (!options.isEmpty())
        o.insert(u"options"_s, options);
    for (const auto& [member, value] :
        {std::pair{u"endpoint"_s, &target.endpoint}, std::pair{u"issuer"_s, &target.issuer},
            std::pair{u"client"_s, &target.client}, std::pair{u"user"_s, &target.user},
            std::pair{u"grant_type"_s, &target.grantType}, std::pair{u"label"_s, &label}}) {
        if (!value->isEmpty())
            o.insert(member, *value);
    }
    if (after > 0)
        o.insert(u"after"_s, after);
    if (times > 0)
        o.insert(u"times"_s, times);
    if (probability < 1.0)
        o.insert(u"probability"_s, probability);
    if (withCounters) {
        o.insert(u"id"_s, id);
        o.insert(u"matched"_s, matched);
        o.insert(u"fired"_s, fired);
    }
    return o;
}

std::optional<FaultRule> FaultRule::fromSpec(const QString& spec, QString* error)
{
    // NAME[:key=value,...]; numbers stay numbers, everything else is a string.
    const qsizetype colon = spec.indexOf(u':');
    QJsonObject json{{u"fault"_s, spec.left(colon)}};
    const FaultDefinition* definition = findFault(spec.left(colon));
    QJsonObject options;
    if (colon >= 0) {
        for (const QString& pair : spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0) {
                if (error)
                    *error = u"\"%1\": expected key=value"_s.arg(pair);
                return std::nullopt;
            }
            const QString key = pair.left(eq).trimmed();
            const QString text = pair.mid(eq + 1).trimmed();
            bool isNumber = false;
            const double number = text.toDouble(&isNumber);
            const QJsonValue value = isNumber ? QJsonValue(number) : QJsonValue(text);
            // Anything that is not a member of a rule is an option of the fault (checked by fromJson).
            const bool isOption = definition && !kRuleMembers.contains(key);
            if (isOption)
                options.insert(key, value);
            else
                json.insert(key,
                    key == u"after"_s || key == u"times"_s || key == u"probability"_s ? value
                                                                                      : QJsonValue(text));
        }
    }
    if (!options.isEmpty())
        json.insert(u"options"_s, options);
    return fromJson(json, error);
}

const FaultRule* FaultCandidates::take(const std::function<bool(const FaultRule&)>& accept)
{
    for (const FaultRule& rule : m_rules) {
        if (accept(rule) && m_engine && m_engine->tryFire(rule.id)) {
            if (!m_applied.contains(rule.fault))
                m_applied.append(rule.fault);
            return &rule;
        }
    }
    return nullptr;
}

const FaultRule* FaultCandidates::take(QStringView name)
{
    // Endpoints ask for their faults by name on every request, and nearly all requests have none: no
    // std::function made for those.
    if (m_rules.isEmpty())
        return nullptr;
    return take([name](const FaultRule& rule) { return rule.fault == name; });
}

const FaultRule* FaultCandidates::take(FaultStage stage, const std::function<bool(const FaultRule&)>& accept)
{
    if (m_rules.isEmpty())
        return nullptr;
    return take([&](const FaultRule& rule) {
        const FaultDefinition* definition = findFault(rule.fault);
        return definition && definition->stage == stage && (!accept || accept(rule));
    });
}

QList<FaultRule> FaultEngine::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

int FaultEngine::add(FaultRule rule)
{
    QMutexLocker lock(&m_mutex);
    rule.id = m_nextId++;
    rule.matched = 0;
    rule.fired = 0;
    m_rules.append(rule);
    return rule.id;
}

bool FaultEngine::remove(int id)
{
    QMutexLocker lock(&m_mutex);
    return m_rules.removeIf([id](const FaultRule& rule) { return rule.id == id; }) > 0;
}

void FaultEngine::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

void FaultEngine::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    for (FaultRule& rule : m_rules) {
        rule.matched = 0;
        rule.fired = 0;
    }
}

void FaultEngine::setRules(const QList<FaultRule>& rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    for (FaultRule rule : rules) {
        rule.id = m_nextId++;
        m_rules.append(rule);
    }
}

bool FaultEngine::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules.isEmpty();
}

bool FaultEngine::hasRule(const QString& fault) const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(
        m_rules.cbegin(), m_rules.cend(), [&](const FaultRule& r) { return r.fault == fault; });
}

FaultCandidates FaultEngine::candidates(const FaultRequest& request)
{
    QMutexLocker lock(&m_mutex);
    QList<FaultRule> matching;
    auto matches
        = [](const QString& wanted, const QString& actual) { return wanted.isEmpty() || wanted == actual; };
    for (const FaultRule& rule : std::as_const(m_rules)) {
        // Rules are checked against the catalogue when made; one that is not in it (never) applies nowhere.
        const FaultDefinition* definition = findFault(rule.fault);
        if (!definition)
            continue;
        const bool atEndpoint = rule.target.endpoint.isEmpty()
            ? (definition->endpoints.isEmpty() || definition->endpoints.contains(request.endpoint))
            : rule.target.endpoint == request.endpoint;
        if (atEndpoint && matches(rule.target.issuer, request.issuer)
            && matches(rule.target.client, request.client) && matches(rule.target.user, request.user)
            && matches(rule.target.grantType, request.grantType))
            matching.append(rule);
    }
    return FaultCandidates(this, matching);
}

bool FaultEngine::tryFire(int id)
{
    QMutexLocker lock(&m_mutex);
    const auto it
        = std::find_if(m_rules.begin(), m_rules.end(), [id](const FaultRule& r) { return r.id == id; });
    if (it == m_rules.end()) // removed meanwhile
        return false;
    ++it->matched;
    if (it->matched <= it->after || (it->times > 0 && it->fired >= it->times))
        return false;
    if (it->probability < 1.0
        && std::uniform_real_distribution<double>(0.0, 1.0)(m_random) >= it->probability)
        return false;
    ++it->fired;
    return true;
}

} // namespace provider
