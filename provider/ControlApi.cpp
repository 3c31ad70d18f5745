#include "core/jose/Crypto.h"
#include "provider/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// The control API (docs/control-api.md): fault rules, state reset and time control for automated test suites,
// under /_oidc-bench, behind a bearer token.
namespace provider {

namespace {

HttpResponse controlError(int status, const QString& error, const QString& description)
{
    HttpResponse r = HttpResponse::json({{u"error"_s, error}, {u"error_description"_s, description}}, status);
    setNoStore(r);
    return r;
}

HttpResponse controlJson(const QJsonObject& body, int status = 200)
{
    HttpResponse r = HttpResponse::json(body, status);
    setNoStore(r);
    return r;
}

HttpResponse noContent()
{
    HttpResponse r;
    r.status = 204;
    setNoStore(r);
    return r;
}

QJsonObject clockState(const core::ControllableClock& clock)
{
    const qint64 now = clock.nowMSecs();
    return {{u"now"_s, now / 1000},
        {u"now_iso"_s, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)},
        {u"offset_seconds"_s, clock.offsetMSecs() / 1000}, {u"frozen"_s, clock.isFrozen()}};
}

std::optional<QJsonObject> jsonBody(const HttpRequest& request, HttpResponse* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (request.mediaType() != "application/json" || !doc.isObject()) {
        *error
            = controlError(400, u"invalid_request"_s, u"the body must be a JSON object (application/json)"_s);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

HttpResponse Provider::handleControl(const HttpRequest& request)
{
    const QByteArray token = controlToken();
    if (token.isEmpty())
        return controlError(404, u"not_found"_s, u"the control API is switched off"_s);
    const QByteArray authorization = request.header("authorization");
    const bool authorized = authorization.startsWith("Bearer ")
        && jose::constantTimeEquals(authorization.mid(7).trimmed(), token);
    if (!authorized) {
        HttpResponse r = controlError(401, u"invalid_token"_s,
            u"the control API needs Authorization: Bearer <the control token printed at start>"_s);
        r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"oidc-bench-control\""_ba);
        return r;
    }

    const QString path = request.path.mid(kControlPrefix.size());
    const QByteArray& method = request.method;
    HttpResponse error;

    if (path == u"/faults/catalogue"_s && method == "GET") {
        QJsonArray faults;
        for (const FaultDefinition& f : faultCatalogue())
            faults.append(QJsonObject{{u"name"_s, f.name}, {u"effect"_s, f.effect},
                {u"expectation"_s, f.expectation}, {u"endpoints"_s, QJsonArray::fromStringList(f.endpoints)},
                {u"options"_s, QJsonArray::fromStringList(f.options)}});
        return controlJson({{u"faults"_s, faults}});
    }
    if (path == u"/faults"_s && method == "GET") {
        QJsonArray rules;
        for (const FaultRule& rule : m_faults.rules())
            rules.append(rule.toJson(true));
        return controlJson({{u"rules"_s, rules}});
    }
    if (path == u"/faults"_s && method == "POST") {
        const auto body = jsonBody(request, &error);
        if (!body)
            return error;
        QString why;
        const auto rule = FaultRule::fromJson(*body, &why);
        if (!rule)
            return controlError(400, u"invalid_rule"_s, why);
        const int id = m_faults.add(*rule);
        for (const FaultRule& added : m_faults.rules()) {
            if (added.id == id)
                return controlJson(added.toJson(true), 201);
        }
        return controlJson({{u"id"_s, id}}, 201);
    }
    if (path == u"/faults"_s && method == "DELETE") {
        m_faults.clear();
        return noContent();
    }
    if (path.startsWith(u"/faults/"_s) && method == "DELETE") {
        bool ok = false;
        const int id = path.mid(8).toInt(&ok);
        if (!ok || !m_faults.remove(id))
            return controlError(404, u"not_found"_s, u"no rule %1"_s.arg(path.mid(8)));
        return noContent();
    }
    if (path == u"/reset"_s && method == "POST") {
        // A fresh start for the next test case: no codes, tokens, sessions or consents; rule counters at
        // zero.
        m_grants.clear();
        m_faults.resetCounters();
        return noContent();
    }
    if (path == u"/clock"_s && (method == "GET" || method == "POST")) {
        const auto clock = controllableClock();
        if (!clock)
            return controlError(409, u"not_controllable"_s, u"this provider's clock cannot be moved"_s);
        if (method == "POST") {
            const auto body = jsonBody(request, &error);
            if (!body)
                return error;
            const QStringList known{u"offset_seconds"_s, u"advance_seconds"_s, u"freeze"_s, u"frozen_at"_s,
                u"unfreeze"_s, u"reset"_s};
            if (body->isEmpty() || body->size() > 1 || !known.contains(body->begin().key()))
                return controlError(400, u"invalid_request"_s, u"send one of: %1"_s.arg(known.join(u", "_s)));
            const QString op = body->begin().key();
            const QJsonValue value = body->begin().value();
            if ((op == u"offset_seconds"_s || op == u"advance_seconds"_s) && !value.isDouble())
                return controlError(400, u"invalid_request"_s, u"%1 must be a number"_s.arg(op));
            if (op == u"offset_seconds"_s) {
                clock->setOffsetMSecs(qint64(value.toDouble() * 1000));
            } else if (op == u"advance_seconds"_s) {
                clock->advanceMSecs(qint64(value.toDouble() * 1000));
            } else if (op == u"freeze"_s) {
                clock->freezeAt(clock->nowMSecs());
            } else if (op == u"frozen_at"_s) {
                const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
                if (!at.isValid())
                    return controlError(400, u"invalid_request"_s,
                        u"frozen_at must be ISO 8601, e.g. 2030-01-01T00:00:00Z"_s);
                clock->freezeAt(at.toMSecsSinceEpoch());
            } else if (op == u"unfreeze"_s) {
                clock->unfreeze();
            } else {
                clock->setOffsetMSecs(0);
            }
        }
        return controlJson(clockState(*clock));
    }
    return controlError(404, u"not_found"_s,
        u"no control operation %1 %2 (see docs/control-api.md)"_s.arg(QString::fromLatin1(method), path));
}

} // namespace provider
