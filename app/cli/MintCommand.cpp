#include "app/cli/Commands.h"
#include "app/cli/Console.h"
#include "app/cli/WorkspaceOptions.h"
#include "provider/Provider.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace cli {

int mint(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print a JWT for a user of the workspace, signed as its issuer signs tokens (its first active key: "
        u"an "
        u"HMAC secret gives HS256). For services that verify tokens through the discovery document and JWKS."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"mint"_s, u"The command."_s);
    const WorkspaceOptions workspaceOptions;
    workspaceOptions.addTo(parser);
    const QCommandLineOption issuerIdOption(
        u"issuer-id"_s, u"Which issuer of the workspace (default: the first)."_s, u"id"_s);
    const QCommandLineOption userOption(u"user"_s, u"Username of the token's subject."_s, u"name"_s);
    const QCommandLineOption audienceOption(u"audience"_s, u"The token's aud (default: none)."_s, u"aud"_s);
    const QCommandLineOption scopeOption(
        u"scope"_s, u"Scopes whose claims go in (default: \"openid profile email\")."_s, u"scopes"_s);
    const QCommandLineOption lifetimeOption(
        u"lifetime"_s, u"Seconds until it expires (default: 3600)."_s, u"seconds"_s);
    const QCommandLineOption claimsOption(
        u"claims"_s, u"Extra claims as a JSON object, e.g. '{\"role\":\"admin\"}'."_s, u"json"_s);
    parser.addOptions(
        {issuerIdOption, userOption, audienceOption, scopeOption, lifetimeOption, claimsOption});
    if (!parser.parse(arguments))
        return commandError("mint", UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return commandError(
            "mint", UsageError, u"unexpected arguments: "_s + parser.positionalArguments().mid(1).join(u' '));
    if (!parser.isSet(userOption))
        return commandError("mint", UsageError, u"--user is required"_s);

    QString error;
    auto ws = workspaceOptions.load(parser, &error);
    if (!ws)
        return commandError("mint", UsageError, error);
    ws->ensureSigningKeys();

    provider::MintRequest request;
    request.issuerId = parser.value(issuerIdOption);
    request.username = parser.value(userOption);
    request.audience = parser.value(audienceOption);
    if (parser.isSet(scopeOption))
        request.scopes = parser.value(scopeOption).split(u' ', Qt::SkipEmptyParts);
    if (parser.isSet(lifetimeOption)) {
        bool ok = false;
        request.lifetimeSecs = parser.value(lifetimeOption).toLongLong(&ok);
        if (!ok || request.lifetimeSecs < 1 || request.lifetimeSecs > 366LL * 24 * 3600)
            return commandError("mint", UsageError, u"--lifetime must be 1 to 31622400 seconds"_s);
    }
    if (parser.isSet(claimsOption)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(claimsOption).toUtf8(), &parseError);
        if (!doc.isObject())
            return commandError("mint", UsageError, u"--claims must be a JSON object"_s);
        request.extraClaims = doc.object();
    }
    const auto issuer = std::find_if(ws->issuers.cbegin(), ws->issuers.cend(),
        [&](const provider::Issuer& i) { return request.issuerId.isEmpty() || i.id == request.issuerId; });
    if (issuer != ws->issuers.cend()) {
        const auto signer = std::find_if(issuer->keys.cbegin(), issuer->keys.cend(),
            [](const provider::SigningKey& k) { return k.active; });
        if (signer != issuer->keys.cend() && signer->generated)
            err() << "oidc-bench mint: warning: the signing key was generated just now, for this "
                     "token alone; a provider started separately has another key. Save a workspace "
                     "that holds its keys to mint tokens it verifies."
                  << Qt::endl;
    }
    const provider::Provider provider(*ws);
    const auto token = provider.mintToken(request, &error);
    if (!token)
        return commandError("mint", UsageError, error);
    out() << *token << Qt::endl;
    return Success;
}

} // namespace cli
