#pragma once

#include "common/ProviderFixture.h"
#include "core/jose/JwkSet.h"
#include "provider/Faults.h"

// Helpers of the fault tests (TestFaults, TestFaultCatalogue).
namespace fixture {

using namespace Qt::StringLiterals;

inline provider::FaultRule rule(const QString& spec)
{
    QString error;
    const auto parsed = provider::FaultRule::fromSpec(spec, &error);
    if (!parsed) {
        FIXTURE_FAIL(u"bad rule %1: %2"_s.arg(spec, error));
        return provider::FaultRule{};
    }
    return *parsed;
}

inline QJsonObject headerOf(const QString& jwt)
{
    const auto jws = jose::Jws::parse(jwt.toLatin1());
    return jws ? jws->header() : QJsonObject();
}

// Whether a JWKS key of the provider verifies the token (kid must name it).
inline bool verifies(fixture::Provider& op, const QString& jwt)
{
    const auto jws = jose::Jws::parse(jwt.toLatin1());
    const auto set = jose::JwkSet::fromJson(op.get(u"/jwks"_s).json());
    if (!jws || !set)
        return false;
    const auto keys = set->candidates(jws->kid(), jws->algorithm());
    return !jws->kid().isEmpty() && !keys.isEmpty() && jws->verify(keys.first());
}

// A code flow for alice in a new browser, then its token response.
inline fixture::Reply tokensFor(fixture::Provider& op, const QList<std::pair<QString, QString>>& extra = {})
{
    return op.exchange(op.codeFor(u"alice"_s, op.authorizeParams(extra)));
}

// An implicit/hybrid-capable workspace: spa may also use "code id_token token".
inline provider::Workspace hybridWorkspace()
{
    provider::Workspace ws = fixture::testWorkspace();
    provider::Client& spa = ws.issuers.first().clients.first();
    spa.responseTypes = {u"code"_s, u"code id_token token"_s};
    spa.grantTypes.append(u"implicit"_s);
    return ws;
}

} // namespace fixture
