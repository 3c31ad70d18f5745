#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <random>

namespace provider {

// Error injection: the provider misbehaves on purpose, as a rule says, so that a client's handling of a
// misbehaving identity provider can be tested. docs/faults.md is the catalogue for users; this is its source.

// Where in the answer a fault acts; endpoints ask for the faults of a stage at the point where it applies.
enum class FaultStage {
    // The endpoint answers with an error instead of doing its work (authorize.<error>, token.<error>,
    // par.<error>, jwks.down).
    ErrorResponse,
    // A successful answer with a member changed or left out (state, code, token response members, userinfo,
    // discovery and JWKS documents).
    ResponseContent,
    // A token the provider issues is altered (tamper.*).
    TokenTampering,
    // Instead of the endpoint: an HTTP error or a closed connection (http.status, http.close).
    TransportBefore,
    // On the way out: delayed, cut, mislabelled, without CORS (the other http.*).
    TransportAfter,
};

struct FaultDefinition
{
    // Stable name, "group.fault": authorize.*, token.*, par.*, tamper.*, userinfo.*, jwks.*, discovery.*,
    // http.*.
    QString name;
    // What the provider does.
    QString effect;
    // What a correct client does about it.
    QString expectation;
    // The endpoints where it can happen (workspace endpoint names); empty: any endpoint.
    QStringList endpoints;
    // The options it takes, e.g. "status", "ms"; documented in `effect`.
    QStringList options;
    FaultStage stage = FaultStage::ResponseContent;
};

// Every fault the provider can inject, in catalogue order.
const QList<FaultDefinition>& faultCatalogue();
const FaultDefinition* findFault(const QString& name);

// Which requests a rule applies to: every member that is set must match.
struct FaultTarget
{
    // A workspace endpoint name ("token", "authorization", ...); empty: the fault's own endpoints.
    QString endpoint;
    QString issuer;
    QString client;
    // A username.
    QString user;
    QString grantType;
};

// A rule: a fault, where it applies, and when. Evaluated in order; every rule that fires applies.
struct FaultRule
{
    int id = 0;
    QString fault;
    QJsonObject options;
    FaultTarget target;
    // When: after `after` matching requests have passed untouched, fire for the next `times` (0: every one)
    // matching requests, each with `probability`.
    int after = 0;
    int times = 0;
    double probability = 1.0;
    QString label;
    // Runtime counters.
    int matched = 0;
    int fired = 0;

    // The workspace and control API form: {"fault", "options", "endpoint", "issuer", "client", "user",
    // "grant_type", "after", "times", "probability", "label"}. Unknown members and faults are errors.
    static std::optional<FaultRule> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson(bool withCounters = false) const;
    // The command-line form: NAME[:key=value,...], keys being those of the JSON form or the fault's options.
    static std::optional<FaultRule> fromSpec(const QString& spec, QString* error);
};

// What a request looks like to the rules.
struct FaultRequest
{
    QString endpoint;
    QString issuer;
    QString client;
    QString user;
    QString grantType;
};

class FaultEngine;

// The rules whose target matches one request. Endpoints ask it at their fault points: a rule is counted (and
// its after/times/probability applied) only where its fault can happen, so "times: 1" means one injected
// fault, whatever else the request or flow does.
class FaultCandidates
{
public:
    FaultCandidates() = default;
    FaultCandidates(FaultEngine* engine, QList<FaultRule> rules)
        : m_engine(engine)
        , m_rules(std::move(rules))
    { }

    // The first candidate accepted by `accept` that fires here, or null. Firing counts as applied.
    const FaultRule* take(const std::function<bool(const FaultRule&)>& accept);
    // The first candidate named `name` that fires here.
    const FaultRule* take(QStringView name);
    // The first candidate of that stage (and accepted by `accept`, if given) that fires here.
    const FaultRule* take(FaultStage stage, const std::function<bool(const FaultRule&)>& accept = {});
    bool isEmpty() const { return m_rules.isEmpty(); }
    // The faults applied to this response, for the request log.
    const QStringList& applied() const { return m_applied; }

private:
    FaultEngine* m_engine = nullptr;
    QList<FaultRule> m_rules;
    QStringList m_applied;
};

// The rule set of a running provider. Thread-safe.
class FaultEngine
{
public:
    QList<FaultRule> rules() const;
    // Adds a rule at the end; returns its id.
    int add(FaultRule rule);
    bool remove(int id);
    void clear();
    void resetCounters();
    // Replaces all rules (a workspace's).
    void setRules(const QList<FaultRule>& rules);

    bool isEmpty() const;
    bool hasRule(const QString& fault) const;
    // The rules whose target matches the request, in order.
    FaultCandidates candidates(const FaultRequest& request);
    // One opportunity for rule `id` to fire: counts it, applies after/times/probability.
    bool tryFire(int id);

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
    int m_nextId = 1;
    std::mt19937_64 m_random{std::random_device{}()};
};

} // namespace provider
