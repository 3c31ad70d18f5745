#include "app/cli/Commands.h"
#include "app/cli/Console.h"
#include "app/cli/LoginSession.h"
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

int login(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in at an OpenID provider with the system browser (Authorization Code + PKCE by default; or "
        u"the device flow, or client credentials), then "
        u"print the tokens, the ID token's checks and the userinfo. The redirect comes back to a listener on "
        u"127.0.0.1. Exit code 0: signed in and every check passed; 3: a check failed; 1: the flow failed; "
        u"2: bad arguments."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"login"_s, u"The command."_s);
    const QCommandLineOption issuerOption(u"issuer"_s, u"The provider's issuer URL (discovery)."_s, u"url"_s);
    const QCommandLineOption clientOption(u"client-id"_s, u"The client_id."_s, u"id"_s);
    const QCommandLineOption keychainOption(u"client-secret-from-keychain"_s,
        u"Use the client secret stored in the system keychain (see `oidc-bench secret set`)."_s);
    const QCommandLineOption secretFileOption(
        u"client-secret-file"_s, u"A file holding the client secret (- for standard input)."_s, u"file"_s);
    const QCommandLineOption authOption(u"auth"_s,
        u"Client authentication with a secret: client_secret_basic (default), client_secret_post, "
        u"client_secret_jwt, or private_key_jwt (the secret is then the private key, a JWK or PEM)."_s,
        u"method"_s);
    const QCommandLineOption scopeOption(
        u"scope"_s, u"Scopes, space-separated (default: \"openid profile email\")."_s, u"scopes"_s);
    const QCommandLineOption redirectOption(u"redirect-uri"_s,
        u"The redirect URI (default http://127.0.0.1:<port>/callback). A non-loopback URI asks you to paste "
        u"the URL the browser ends at."_s,
        u"uri"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"The loopback listener's port (default: any free one)."_s, u"port"_s);
    const QCommandLineOption pkceOption(u"pkce"_s, u"S256 (default), plain or off."_s, u"method"_s);
    const QCommandLineOption parOption(u"par"_s,
        u"Push the authorization request first (RFC 9126); done anyway when the provider requires it."_s);
    const QCommandLineOption responseTypeOption(u"response-type"_s,
        u"code (default), or an implicit/hybrid type such as \"code id_token\"."_s, u"type"_s);
    const QCommandLineOption responseModeOption(
        u"response-mode"_s, u"query, fragment or form_post (default: the response type's)."_s, u"mode"_s);
    const QCommandLineOption paramOption(u"param"_s,
        u"An extra authorization request parameter, e.g. prompt=login (repeatable)."_s, u"name=value"_s);
    const QCommandLineOption profileOption(u"profile"_s,
        u"Start from a saved profile (its client secret from the keychain); other options change it. The "
        u"refresh token received is kept in the keychain for --flow refresh."_s,
        u"name"_s);
    const QCommandLineOption saveProfileOption(u"save-profile"_s,
        u"Save the settings as a profile (a client secret given by file goes to the keychain)."_s, u"name"_s);
    const QCommandLineOption flowOption(u"flow"_s,
        u"code (default: the browser, with --response-type), device (RFC 8628: a code to enter in a browser "
        u"anywhere), client-credentials (no user) or refresh (with the refresh token a profile keeps in the "
        u"keychain)."_s,
        u"flow"_s, u"code"_s);
    const QCommandLineOption noBrowserOption(
        u"no-browser"_s, u"Only print the URL to open, for a browser elsewhere."_s);
    const QCommandLineOption noUserinfoOption(u"no-userinfo"_s, u"Do not call the userinfo endpoint."_s);
    const QCommandLineOption thenOption(u"then"_s,
        u"Steps after the sign-in, comma-separated, in order: userinfo, userinfo-post, refresh, introspect, "
        u"introspect-refresh, revoke, revoke-refresh, logout."_s,
        u"steps"_s);
    const QCommandLineOption leewayOption(
        u"leeway"_s, u"Clock skew allowed for exp, nbf and iat, in seconds (default 60)."_s, u"secs"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, u"Give up after this many seconds without a redirect (default 300)."_s, u"secs"_s);
    const QCommandLineOption harOption(
        u"har"_s, u"Write the exchanges as a HAR file (secrets masked)."_s, u"file"_s);
    const QCommandLineOption curlOption(
        u"curl"_s, u"Write the exchanges as curl commands (secrets masked)."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the result as JSON."_s);
    parser.addOptions({profileOption, saveProfileOption, issuerOption, clientOption, keychainOption,
        secretFileOption, authOption, scopeOption, flowOption, redirectOption, portOption, pkceOption,
        parOption, responseTypeOption, responseModeOption, paramOption, noBrowserOption, noUserinfoOption,
        thenOption, leewayOption, timeoutOption, harOption, curlOption, jsonOption});
    if (!parser.parse(arguments))
        return commandError("login", UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return commandError(
            "login", UsageError, u"unexpected argument %1"_s.arg(parser.positionalArguments().value(1)));
    if (parser.isSet(keychainOption) && parser.isSet(secretFileOption))
        return commandError("login", UsageError,
            u"--client-secret-from-keychain and --client-secret-file exclude each other"_s);

    // A saved profile is the starting point; the options given change it.
    std::optional<client::ProfileStore> store;
    if (parser.isSet(profileOption) || parser.isSet(saveProfileOption)) {
        store.emplace(client::ProfileStore::defaultPath(), std::make_shared<client::KeychainSecretStore>());
        QString error;
        if (!store->load(&error))
            return commandError("login", UsageError, error);
    }
    client::ClientProfile profile;
    profile.name = u"command line"_s;
    if (parser.isSet(profileOption)) {
        const client::ClientProfile* saved = store->find(parser.value(profileOption));
        if (!saved) {
            QStringList names;
            for (const client::ClientProfile& p : store->profiles())
                names.append(p.name);
            return commandError("login", UsageError,
                u"no profile named \"%1\" (saved: %2)"_s.arg(
                    parser.value(profileOption), names.isEmpty() ? u"none"_s : names.join(u", "_s)));
        }
        profile = *saved;
    }
    if (parser.isSet(issuerOption))
        profile.issuer = parser.value(issuerOption);
    if (parser.isSet(clientOption))
        profile.clientId = parser.value(clientOption);
    if (profile.issuer.isEmpty() || profile.clientId.isEmpty())
        return commandError("login", UsageError, u"--issuer and --client-id are required (or --profile)"_s);
    const bool profileSecret
        = parser.isSet(profileOption) && profile.clientAuth != client::ClientProfile::ClientAuth::None;
    const bool hasSecret = parser.isSet(keychainOption) || parser.isSet(secretFileOption) || profileSecret;
    // The secret comes from the keychain unless a file gives it.
    const bool secretFromKeychain = hasSecret && !parser.isSet(secretFileOption);
    if (hasSecret) {
        const auto auth
            = client::ClientProfile::clientAuthFromName(parser.isSet(authOption) ? parser.value(authOption)
                    : profileSecret ? client::ClientProfile::clientAuthName(profile.clientAuth)
                                    : u"client_secret_basic"_s);
        if (!auth || *auth == client::ClientProfile::ClientAuth::None)
            return commandError("login", UsageError,
                u"--auth must be client_secret_basic, client_secret_post, client_secret_jwt or private_key_jwt"_s);
        profile.clientAuth = *auth;
    } else if (parser.isSet(authOption)) {
        return commandError("login", UsageError, u"--auth needs a client secret"_s);
    }
    if (parser.isSet(scopeOption))
        profile.scopes = parser.value(scopeOption).split(u' ', Qt::SkipEmptyParts);
    if (parser.isSet(redirectOption))
        profile.redirectUri = parser.value(redirectOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535)
            return commandError("login", UsageError, u"--port must be a port number"_s);
        profile.loopbackPort = quint16(port);
    }
    if (parser.isSet(pkceOption)) {
        const auto pkce = client::ClientProfile::pkceFromName(parser.value(pkceOption));
        if (!pkce)
            return commandError("login", UsageError, u"--pkce must be S256, plain or off"_s);
        profile.pkce = *pkce;
    }
    if (parser.isSet(parOption))
        profile.pushedAuthorization = true;
    if (parser.isSet(responseTypeOption))
        profile.responseType = parser.value(responseTypeOption);
    if (parser.isSet(responseModeOption))
        profile.responseMode = parser.value(responseModeOption);
    for (const QString& param : parser.values(paramOption)) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return commandError("login", UsageError, u"--param wants name=value, not \"%1\""_s.arg(param));
        profile.extraParameters.append({param.left(eq), param.mid(eq + 1)});
    }
    if (parser.isSet(leewayOption)) {
        bool ok = false;
        profile.leewaySecs = parser.value(leewayOption).toInt(&ok);
        if (!ok || profile.leewaySecs < 0)
            return commandError("login", UsageError, u"--leeway must be a number of seconds, 0 or more"_s);
    }
    if (!QStringList{u"code"_s, u"device"_s, u"client-credentials"_s, u"refresh"_s}.contains(
            parser.value(flowOption)))
        return commandError(
            "login", UsageError, u"--flow must be code, device, client-credentials or refresh"_s);
    const QStringList then = parser.value(thenOption).split(u',', Qt::SkipEmptyParts);
    for (const QString& step : then) {
        if (!followUp(step))
            return commandError("login", UsageError, u"--then: unknown step \"%1\""_s.arg(step));
    }
    if (parser.isSet(saveProfileOption)) {
        profile.name = parser.value(saveProfileOption);
        store->put(profile);
        QString error;
        if (!store->save(&error))
            return commandError("login", RuntimeFailure, error);
        err() << "Saved as profile \"" << profile.name << "\" in " << client::ProfileStore::defaultPath()
              << Qt::endl;
    }
    int timeoutSecs = 300;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSecs = parser.value(timeoutOption).toInt(&ok);
        if (!ok || timeoutSecs <= 0)
            return commandError("login", UsageError, u"--timeout must be a number of seconds"_s);
    }

    client::RelyingParty rp(profile);
    const auto browser = std::make_shared<ConsoleBrowser>(!parser.isSet(noBrowserOption));
    rp.setBrowser(browser);
    LoginSession state;
    state.rp = &rp;
    state.json = parser.isSet(jsonOption);
    state.pending = then;
    const bool autoUserinfo = !parser.isSet(noUserinfoOption) && !then.contains(u"userinfo"_s)
        && !then.contains(u"userinfo-post"_s);
    state.harFile = parser.value(harOption);
    state.curlFile = parser.value(curlOption);

    QObject::connect(&rp, &client::RelyingParty::redirectExpected, &rp, [&rp] {
        // Paste mode: the provider sends the browser somewhere this program cannot listen.
        err() << "Paste the URL the browser ends at, then press Enter:" << Qt::endl;
        QFile in;
        const QByteArray line = in.open(stdin, QIODevice::ReadOnly) ? in.readLine().trimmed() : QByteArray();
        if (line.isEmpty() || !rp.completeSignIn(QUrl(QString::fromUtf8(line))))
            rp.cancel();
    });
    // Profiles keep their refresh token in the keychain (and forget it once revoked or signed out).
    client::KeychainSecretStore keychain;
    const bool keepRefreshToken = parser.isSet(profileOption) || parser.isSet(saveProfileOption);
    const QString refreshKey = client::ClientProfile::refreshTokenKey(profile.issuer, profile.clientId);
    auto finishRun = [&state, &rp, &keychain, keepRefreshToken, refreshKey] {
        const int code = state.report();
        const QByteArray refreshToken = rp.tokens().refreshToken.toUtf8();
        if (!keepRefreshToken || state.main->operation == client::FlowResult::Operation::ClientCredentials) {
            QCoreApplication::exit(code);
            return;
        }
        auto stored = [code](bool ok, const QString& error) {
            if (!ok)
                err() << "oidc-bench login: the refresh token could not be kept in the keychain: " << error
                      << Qt::endl;
            QCoreApplication::exit(code);
        };
        // Forgotten only when this run had one (loaded or received) that is gone now: revoked or signed out.
        bool hadOne = state.main->operation == client::FlowResult::Operation::Refresh
            || !state.main->tokens.refreshToken.isEmpty();
        for (const auto& step : state.steps)
            hadOne = hadOne || !step.second.tokens.refreshToken.isEmpty();
        if (!refreshToken.isEmpty())
            keychain.write(refreshKey, refreshToken, stored);
        else if (hadOne)
            keychain.remove(refreshKey, stored);
        else
            QCoreApplication::exit(code);
    };
    QObject::connect(&rp, &client::RelyingParty::finished, &rp,
        [&state, &rp, autoUserinfo, finishRun](const client::FlowResult& result) {
            state.record(result);
            // The userinfo comes first when the provider has it and the user did not say otherwise.
            if (result.operation != client::FlowResult::Operation::ClientCredentials && result.ok
                && autoUserinfo && state.steps.isEmpty() && !state.pending.startsWith(u"userinfo"_s)
                && rp.metadata() && !rp.metadata()->userinfoEndpoint.isEmpty()
                && rp.profile().scopes.contains(u"openid"_s))
                state.pending.prepend(u"userinfo"_s);
            // Next turn of the event loop: finished() is still being delivered.
            QTimer::singleShot(0, &rp, [&state, finishRun] {
                if (!state.main->ok || !state.next())
                    finishRun();
            });
        });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &rp, [&rp, timeoutSecs] {
        err() << "oidc-bench login: no answer within " << timeoutSecs << " s" << Qt::endl;
        rp.cancel();
    });

    const QString flow = parser.value(flowOption);
    auto start = [&rp, &timeout, &keychain, timeoutSecs, flow, refreshKey](const QByteArray& secret) {
        rp.setClientSecret(secret);
        timeout.start(timeoutSecs * 1000);
        if (flow == u"refresh"_s) {
            keychain.read(refreshKey, [&rp](std::optional<QByteArray> token, const QString& error) {
                if (!token) {
                    commandError("login", RuntimeFailure,
                        error.isEmpty()
                            ? u"the keychain holds no refresh token for this client: sign in with "
                              u"--profile first"_s
                            : u"the keychain could not be read: "_s + error);
                    QCoreApplication::exit(RuntimeFailure);
                    return;
                }
                client::TokenSet tokens;
                tokens.refreshToken = QString::fromUtf8(*token);
                rp.setTokens(tokens);
                rp.refresh();
            });
        } else if (flow == u"device"_s)
            rp.deviceAuthorization();
        else if (flow == u"client-credentials"_s)
            rp.clientCredentials();
        else
            rp.signIn();
    };
    QObject::connect(&rp, &client::RelyingParty::deviceCodeIssued, &rp,
        [browser](const client::DeviceAuthorization& device) {
            err() << "Enter the code " << device.userCode << " at " << device.verificationUri.toString()
                  << " (it expires in " << device.expiresIn << " s)" << Qt::endl;
            QString error;
            if (!browser->open(device.verificationUriComplete.isEmpty() ? device.verificationUri
                                                                        : device.verificationUriComplete,
                    &error))
                err() << "oidc-bench login: " << error << Qt::endl;
        });
    std::optional<QByteArray> fileSecret;
    if (parser.isSet(secretFileOption)) {
        QString error;
        fileSecret = readSecretFile(parser.value(secretFileOption), &error);
        if (!fileSecret)
            return commandError("login", UsageError, error);
    }
    // Everything starts inside the event loop, so that an operation ending at once can still exit it.
    QTimer::singleShot(0, &rp, [&, start] {
        if (fileSecret && parser.isSet(saveProfileOption)) {
            // A saved profile's secret goes to the keychain, never next to the profile.
            keychain.write(client::ClientProfile::clientSecretKey(profile.issuer, profile.clientId),
                *fileSecret, [start, secret = *fileSecret](bool ok, const QString& error) {
                    if (!ok) {
                        commandError("login", RuntimeFailure,
                            u"the profile is saved, but its client secret could not go to the keychain: "_s
                                + error);
                        QCoreApplication::exit(RuntimeFailure);
                        return;
                    }
                    start(secret);
                });
            return;
        }
        if (!secretFromKeychain) {
            start(fileSecret.value_or(QByteArray()));
            return;
        }
        const QString key = client::ClientProfile::clientSecretKey(profile.issuer, profile.clientId);
        keychain.read(key, [start, profile](std::optional<QByteArray> secret, const QString& error) {
            if (!secret) {
                commandError("login", RuntimeFailure,
                    error.isEmpty()
                        ? u"the keychain has no secret for client %1 at %2: store it with `oidc-bench secret "
                          u"set --issuer %2 --client-id %1`"_s.arg(profile.clientId, profile.issuer)
                        : u"the keychain could not be read: "_s + error);
                QCoreApplication::exit(RuntimeFailure);
                return;
            }
            start(*secret);
        });
    });
    return QCoreApplication::exec();
}

int secret(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Store or delete a client secret in the system keychain, for `oidc-bench login "
        u"--client-secret-from-keychain` and the window's profiles. `set` reads the secret from standard "
        u"input. Secrets never go to a plain file."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"secret"_s, u"The command."_s);
    parser.addPositionalArgument(u"action"_s, u"set or delete."_s);
    const QCommandLineOption issuerOption(u"issuer"_s, u"The provider's issuer URL."_s, u"url"_s);
    const QCommandLineOption clientOption(u"client-id"_s, u"The client_id."_s, u"id"_s);
    parser.addOptions({issuerOption, clientOption});
    if (!parser.parse(arguments))
        return commandError("secret", UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    const QString action = parser.positionalArguments().value(1);
    if (parser.positionalArguments().size() != 2 || (action != u"set"_s && action != u"delete"_s))
        return commandError("secret", UsageError, u"say `set` or `delete`"_s);
    if (!parser.isSet(issuerOption) || !parser.isSet(clientOption))
        return commandError("secret", UsageError, u"--issuer and --client-id are required"_s);
    const QString key
        = client::ClientProfile::clientSecretKey(parser.value(issuerOption), parser.value(clientOption));
    client::KeychainSecretStore keychain;
    auto done = [action](bool ok, const QString& error) {
        if (!ok)
            commandError("secret", RuntimeFailure, u"the keychain refused: "_s + error);
        else
            err() << (action == u"set"_s ? "Stored in the system keychain."
                                         : "Deleted from the system keychain.")
                  << Qt::endl;
        QCoreApplication::exit(ok ? Success : RuntimeFailure);
    };
    std::optional<QByteArray> value;
    if (action == u"set"_s) {
        QString error;
        value = readSecretFile(u"-"_s, &error);
        if (!value)
            return commandError("secret", UsageError, error);
    }
    QTimer::singleShot(0, [&] {
        if (value)
            keychain.write(key, *value, done);
        else
            keychain.remove(key, done);
    });
    return QCoreApplication::exec();
}

} // namespace cli
