#include "app/cli/LoginSession.h"

#include "app/cli/Commands.h"
#include "app/cli/Console.h"
#include "app/cli/ReportOutput.h"
#include "client/Browser.h"
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "client/TimelineExport.h"
#include "client/flows/RelyingParty.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>
#include <functional>
using namespace Qt::StringLiterals;

namespace cli {

std::optional<QByteArray> readSecretFile(const QString& path, QString* error)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.isEmpty()) {
        *error = u"%1 holds no secret"_s.arg(path);
        return std::nullopt;
    }
    return secret;
}

namespace {

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

QJsonObject tokensJson(const client::TokenSet& t)
{
    QJsonObject out;
    for (const auto& [key, value] :
        {std::pair{u"access_token"_s, t.accessToken}, {u"token_type"_s, t.tokenType},
            {u"refresh_token"_s, t.refreshToken}, {u"id_token"_s, t.idToken}, {u"scope"_s, t.scope}}) {
        if (!value.isEmpty())
            out.insert(key, value);
    }
    if (t.expiresIn >= 0)
        out.insert(u"expires_in"_s, t.expiresIn);
    return out;
}

// What `--then` can ask for after the sign-in, and how to start it.
const QList<std::pair<QString, std::function<bool(client::RelyingParty&)>>>& followUps()
{
    using RP = client::RelyingParty;
    static const QList<std::pair<QString, std::function<bool(RP&)>>> actions{
        {u"userinfo"_s, [](RP& rp) { return rp.userInfo(RP::UserInfoMethod::Get); }},
        {u"userinfo-post"_s, [](RP& rp) { return rp.userInfo(RP::UserInfoMethod::Post); }},
        {u"refresh"_s, [](RP& rp) { return rp.refresh(); }},
        {u"introspect"_s, [](RP& rp) { return rp.introspect(RP::TokenKind::Access); }},
        {u"introspect-refresh"_s, [](RP& rp) { return rp.introspect(RP::TokenKind::Refresh); }},
        {u"revoke"_s, [](RP& rp) { return rp.revoke(RP::TokenKind::Access); }},
        {u"revoke-refresh"_s, [](RP& rp) { return rp.revoke(RP::TokenKind::Refresh); }},
        {u"logout"_s, [](RP& rp) { return rp.signOut(); }},
    };
    return actions;
}

} // namespace

std::function<bool(client::RelyingParty&)> followUp(const QString& name)
{
    for (const auto& [known, start] : followUps()) {
        if (known == name)
            return start;
    }
    return {};
}

namespace {

bool failedAny(const client::FlowResult& r)
{
    return !r.ok || !r.checksPassed();
}

QJsonObject stepJson(const QString& name, const client::FlowResult& r)
{
    QJsonObject step{{u"step"_s, name}, {u"ok"_s, r.ok}, {u"checks"_s, checksJson(r.checks)}};
    if (!r.ok)
        step.insert(u"error"_s, r.error);
    if (r.oauthError)
        step.insert(u"provider_error"_s, r.oauthError->toJson());
    if (!r.tokens.isEmpty())
        step.insert(u"tokens"_s, tokensJson(r.tokens));
    if (r.idToken)
        step.insert(u"id_token"_s, reportJson(*r.idToken));
    if (!r.body.isEmpty())
        step.insert(u"body"_s, r.body);
    return step;
}

} // namespace

bool LoginSession::next()
{
    if (pending.isEmpty() || failedAny(*main) || (!steps.isEmpty() && failedAny(steps.last().second)))
        return false;
    return followUp(pending.first())(*rp);
}

void LoginSession::record(const client::FlowResult& result)
{
    if (!main)
        main = result;
    else
        steps.append({pending.takeFirst(), result});
}

void LoginSession::printHuman(bool valid, qint64 now)
{
    const client::FlowResult& r = *main;
    const client::TokenSet& t = r.tokens;
    out() << "Tokens from " << rp->profile().issuer << " for client " << rp->profile().clientId << " ("
          << client::FlowResult::operationName(r.operation) << ")\n\n";
    out() << "Access token (" << (t.tokenType.isEmpty() ? u"no token_type"_s : t.tokenType)
          << (t.expiresIn >= 0 ? u", expires in %1 s"_s.arg(t.expiresIn) : QString())
          << (t.scope.isEmpty() ? QString() : u", scope \"%1\""_s.arg(t.scope)) << ")\n  " << t.accessToken
          << '\n';
    if (!t.refreshToken.isEmpty())
        out() << "Refresh token\n  " << t.refreshToken << '\n';
    if (!t.idToken.isEmpty())
        out() << "ID token\n  " << t.idToken << '\n';
    if (r.idToken) {
        out() << "\nID token, decoded\n";
        printToken(out(), *r.idToken, now);
        out() << "ID token checks\n";
        printChecks(out(), r.idToken->checks);
    }
    out() << "Flow checks\n";
    printChecks(out(), r.checks);
    QStringList failed = r.idToken ? r.idToken->failedChecks() : QStringList();
    for (const client::ValidationCheck& c : r.checks) {
        if (c.status == client::ValidationCheck::Status::Failed)
            failed.append(c.id);
    }
    for (const auto& [name, step] : steps) {
        out() << '\n' << name << ": " << (step.ok ? u"done"_s : u"failed: "_s + step.error) << '\n';
        if (!step.body.isEmpty())
            out() << QJsonDocument(step.body).toJson(QJsonDocument::Indented);
        if (!step.tokens.isEmpty())
            out() << "  new access token: " << step.tokens.accessToken << '\n';
        if (step.idToken)
            printChecks(out(), step.idToken->checks);
        printChecks(out(), step.checks);
        if (failedAny(step))
            failed.append(name);
    }
    out() << '\n' << (valid ? u"Valid"_s : u"Invalid: "_s + failed.join(u", "_s)) << Qt::endl;
}

int LoginSession::report()
{
    const client::FlowResult& r = *main;
    const bool stepsOk = std::all_of(steps.cbegin(), steps.cend(), [](const auto& s) { return s.second.ok; });
    const bool valid = !failedAny(r)
        && std::none_of(steps.cbegin(), steps.cend(), [](const auto& s) { return failedAny(s.second); });
    if (json) {
        QJsonObject doc{{u"issuer"_s, rp->profile().issuer}, {u"client_id"_s, rp->profile().clientId},
            {u"ok"_s, r.ok && stepsOk}, {u"valid"_s, valid}, {u"tokens"_s, tokensJson(r.tokens)},
            {u"checks"_s, checksJson(r.checks)}};
        if (!r.ok)
            doc.insert(u"error"_s, r.error);
        if (r.oauthError)
            doc.insert(u"provider_error"_s, r.oauthError->toJson());
        if (r.idToken)
            doc.insert(u"id_token"_s, reportJson(*r.idToken));
        if (r.accessToken)
            doc.insert(u"access_token"_s, reportJson(*r.accessToken));
        QJsonArray stepList;
        for (const auto& [name, step] : steps) {
            stepList.append(stepJson(name, step));
            if (step.operation == client::FlowResult::Operation::UserInfo && step.ok)
                doc.insert(u"userinfo"_s, step.body);
        }
        doc.insert(u"steps"_s, stepList);
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented) << Qt::flush;
    } else if (r.ok) {
        printHuman(valid, QDateTime::currentSecsSinceEpoch());
    }
    if (!r.ok)
        commandError("login", RuntimeFailure, r.error);
    for (const auto& [name, step] : steps) {
        if (!step.ok)
            commandError("login", RuntimeFailure, name + u": "_s + step.error);
    }

    QString error;
    const auto& entries = rp->timeline()->entries();
    if (!harFile.isEmpty() && !writeFile(harFile, client::toHar(entries, client::Masking::Secrets), &error))
        return commandError("login", RuntimeFailure, error);
    if (!curlFile.isEmpty()
        && !writeFile(curlFile, client::toCurl(entries, client::Masking::Secrets).toUtf8(), &error))
        return commandError("login", RuntimeFailure, error);
    return !r.ok || !stepsOk ? RuntimeFailure : valid ? Success : ValidationFailed;
}

} // namespace cli
