#include "app/cli/Commands.h"
#include "core/jose/JwkSet.h"
#include "app/cli/Console.h"
#include "app/cli/ReportOutput.h"
#include "client/ProviderMetadata.h"
#include "client/TokenValidator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// A GET, waited for (15 s at most): the command has nothing else to do meanwhile.
std::optional<QByteArray> fetch(QNetworkAccessManager& nam, const QUrl& url, QString* error)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply* reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        *error = u"%1: %2"_s.arg(url.toString(), reply->errorString());
        return std::nullopt;
    }
    if (status != 200) {
        *error = u"%1 answered HTTP %2"_s.arg(url.toString()).arg(status);
        return std::nullopt;
    }
    return reply->readAll();
}

} // namespace

int decode(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Decode a JWT and check it: signature, algorithm, iss, aud, azp, exp/nbf/iat, sub, nonce, at_hash. "
        u"Exit code 0: valid; 3: a check failed; 1: keys or discovery could not be fetched; 2: bad arguments."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"decode"_s, u"The command."_s);
    parser.addPositionalArgument(u"token"_s, u"The JWT, or - to read it from standard input."_s);
    const QCommandLineOption issuerOption(u"issuer"_s,
        u"The expected issuer; its discovery document gives the JWKS unless --jwks or --key is set."_s,
        u"url"_s);
    const QCommandLineOption jwksOption(u"jwks"_s,
        u"JWKS to check the signature with: an http(s) URL, or a file (as --key)."_s, u"url|file"_s);
    const QCommandLineOption keyOption(
        u"key"_s, u"A file holding a JWK, a JWK Set, or a PEM public key or certificate."_s, u"file"_s);
    const QCommandLineOption secretOption(
        u"secret"_s, u"The client secret, for HS256/384/512 tokens (prefer --secret-file)."_s, u"secret"_s);
    const QCommandLineOption secretFileOption(
        u"secret-file"_s, u"A file holding the client secret."_s, u"file"_s);
    const QCommandLineOption clientOption(u"client-id"_s, u"The expected audience."_s, u"id"_s);
    const QCommandLineOption nonceOption(
        u"nonce"_s, u"The nonce the authorization request sent."_s, u"nonce"_s);
    const QCommandLineOption accessTokenOption(
        u"access-token"_s, u"The access token that came with it (checks at_hash)."_s, u"token"_s);
    const QCommandLineOption leewayOption(
        u"leeway"_s, u"Clock skew allowed for exp, nbf and iat, in seconds (default 60)."_s, u"secs"_s);
    const QCommandLineOption notIdTokenOption(
        u"not-id-token"_s, u"Any JWT: iss, sub, aud, exp and iat are not required."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the report as JSON."_s);
    parser.addOptions({issuerOption, jwksOption, keyOption, secretOption, secretFileOption, clientOption,
        nonceOption, accessTokenOption, leewayOption, notIdTokenOption, jsonOption});
    if (!parser.parse(arguments))
        return commandError("decode", UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 2)
        return commandError("decode", UsageError, u"give one token (or - to read it from standard input)"_s);
    if (parser.isSet(jwksOption) && parser.isSet(keyOption))
        return commandError("decode", UsageError, u"--jwks and --key exclude each other"_s);

    QByteArray token = parser.positionalArguments().at(1).toUtf8();
    if (token == "-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return commandError("decode", RuntimeFailure, u"cannot read standard input"_s);
        token = in.readAll().trimmed();
    }

    client::ValidationOptions options;
    options.expectedIssuer = parser.value(issuerOption);
    options.clientId = parser.value(clientOption);
    options.nonce = parser.value(nonceOption);
    options.accessToken = parser.value(accessTokenOption);
    options.idToken = !parser.isSet(notIdTokenOption);
    options.clientSecret = parser.value(secretOption).toUtf8();
    if (parser.isSet(secretFileOption)) {
        QFile file(parser.value(secretFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return commandError(
                "decode", RuntimeFailure, u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        options.clientSecret = file.readAll().trimmed();
    }
    if (parser.isSet(leewayOption)) {
        bool ok = false;
        options.leewaySecs = parser.value(leewayOption).toLongLong(&ok);
        if (!ok || options.leewaySecs < 0)
            return commandError("decode", UsageError, u"--leeway must be a number of seconds, 0 or more"_s);
    }

    QNetworkAccessManager nam;
    client::KeySource keys;
    QString error;
    const QString jwksValue = parser.value(jwksOption);
    const bool jwksIsFile = parser.isSet(jwksOption) && !jwksValue.startsWith(u"http://"_s)
        && !jwksValue.startsWith(u"https://"_s);
    if (parser.isSet(keyOption) || jwksIsFile) {
        QFile file(jwksIsFile ? jwksValue : parser.value(keyOption));
        if (!file.open(QIODevice::ReadOnly))
            return commandError(
                "decode", RuntimeFailure, u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        const auto set = client::parseVerificationKeys(file.readAll(), &error);
        if (!set)
            return commandError("decode", UsageError, u"%1: %2"_s.arg(file.fileName(), error));
        keys = client::fixedKeys(*set);
    } else {
        QUrl jwksUrl(parser.value(jwksOption));
        if (!parser.isSet(jwksOption) && parser.isSet(issuerOption)) {
            const auto document
                = fetch(nam, client::ProviderMetadata::discoveryUrl(options.expectedIssuer), &error);
            if (!document)
                return commandError("decode", RuntimeFailure, u"discovery failed: "_s + error);
            const auto metadata = client::ProviderMetadata::fromJson(
                QJsonDocument::fromJson(*document).object(), options.expectedIssuer, &error);
            if (!metadata)
                return commandError(
                    "decode", RuntimeFailure, u"the discovery document is not acceptable: "_s + error);
            jwksUrl = metadata->jwksUri;
        }
        if (!jwksUrl.isEmpty()) {
            // Fetched when the validator first asks, and once more if the token's kid is unknown.
            keys = [&nam, jwksUrl](bool, QString* why) -> std::optional<jose::JwkSet> {
                const auto body = fetch(nam, jwksUrl, why);
                return body ? client::parseVerificationKeys(*body, why) : std::nullopt;
            };
        }
    }

    const client::ValidationReport report = client::validateToken(token, options, keys);
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    } else {
        printToken(out(), report, QDateTime::currentSecsSinceEpoch());
        out() << "Checks\n";
        printChecks(out(), report.checks);
        out() << (report.valid() ? u"Valid"_s : u"Invalid: "_s + report.failedChecks().join(u", "_s))
              << Qt::endl;
    }
    return report.valid() ? Success : ValidationFailed;
}

} // namespace cli
