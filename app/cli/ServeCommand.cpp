#include "app/cli/Commands.h"
#include "app/cli/Console.h"
#include "app/cli/SignalWatcher.h"
#include "app/cli/WorkspaceOptions.h"
#include "core/Decimal.h"
#include "core/jose/Crypto.h"
#include "provider/ProviderHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// Writes the request log to standard output: `2026-11-22T21:56:28.769Z POST /token 400 1.9ms client=spa
// fault=token.invalid_grant`. Built as bytes, the date and time formatted once per second: under load this
// runs thousands of times a second, on a core the provider's threads want.
class RequestLogWriter
{
public:
    void write(const QList<provider::RequestLogEntry>& entries)
    {
        QByteArray text;
        text.reserve(entries.size() * 96);
        for (const provider::RequestLogEntry& e : entries) {
            const qint64 ms = e.time.toMSecsSinceEpoch();
            if (ms / 1000 != m_second) {
                m_second = ms / 1000;
                m_secondText
                    = QDateTime::fromSecsSinceEpoch(m_second, Qt::UTC).toString(Qt::ISODate).toLatin1();
                m_secondText.chop(1); // the "Z", which follows the milliseconds
            }
            text.append(m_secondText).append('.');
            core::appendDecimal(text, ms % 1000, 3);
            text.append("Z ").append(e.method.toLatin1()).append(' ').append(e.path.toUtf8()).append(' ');
            core::appendDecimal(text, e.status);
            text.append(' ');
            core::appendDecimal(text, e.durationMicros / 1000);
            text.append('.');
            core::appendDecimal(text, (e.durationMicros % 1000) / 100);
            text.append("ms");
            if (!e.clientId.isEmpty())
                text += " client=" + e.clientId.toUtf8();
            if (!e.faults.isEmpty())
                text += " fault=" + e.faults.join(u',').toUtf8();
            text += '\n';
        }
        out().flush(); // what was printed before comes first
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
    }

private:
    qint64 m_second = -1;
    QByteArray m_secondText;
};

int serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run the mock OpenID Provider without a window."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"serve"_s, u"The command."_s);
    const WorkspaceOptions workspaceOptions;
    const QCommandLineOption hostOption(
        u"host"_s, u"Address to listen on (default: the workspace's, 127.0.0.1)."_s, u"address"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"Port to listen on; 0 picks a free one (default: 9400)."_s, u"port"_s);
    const QCommandLineOption listPresetsOption(u"list-presets"_s, u"List the built-in presets and exit."_s);
    const QCommandLineOption faultOption(u"fault"_s,
        u"Inject a fault: NAME[:key=value,...], e.g. token.invalid_grant:times=1,client=spa or "
        u"http.latency:ms=800 (repeatable; --list-faults shows the catalogue)."_s,
        u"rule"_s);
    const QCommandLineOption listFaultsOption(u"list-faults"_s, u"List the fault catalogue and exit."_s);
    const QCommandLineOption controlTokenOption(u"control-token"_s,
        u"Bearer token of the control API (default: a random one, printed at start)."_s, u"token"_s);
    const QCommandLineOption noControlOption(u"no-control"_s, u"Switch the control API off."_s);
    workspaceOptions.addTo(parser);
    parser.addOptions({listPresetsOption, hostOption, portOption, faultOption, listFaultsOption,
        controlTokenOption, noControlOption});
    if (!parser.parse(arguments))
        return commandError("serve", UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return commandError("serve", UsageError,
            u"unexpected arguments: "_s + parser.positionalArguments().mid(1).join(u' '));

    if (parser.isSet(listPresetsOption)) {
        for (const QString& name : provider::Workspace::presetNames())
            out() << name << Qt::endl;
        return Success;
    }
    if (parser.isSet(listFaultsOption)) {
        for (const provider::FaultDefinition& fault : provider::faultCatalogue())
            out() << fault.name << "\n    " << fault.effect << "\n    A correct client: " << fault.expectation
                  << Qt::endl;
        return Success;
    }
    if (parser.isSet(controlTokenOption) && parser.isSet(noControlOption))
        return commandError("serve", UsageError, u"--control-token and --no-control exclude each other"_s);
    if (parser.isSet(controlTokenOption) && parser.value(controlTokenOption).size() < 16)
        return commandError("serve", UsageError, u"--control-token must have at least 16 characters"_s);
    QString loadError;
    auto loaded = workspaceOptions.load(parser, &loadError);
    if (!loaded)
        return commandError("serve", UsageError, loadError);
    provider::Workspace ws = std::move(*loaded);
    if (parser.isSet(hostOption))
        ws.server.host = parser.value(hostOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return commandError("serve", UsageError, u"--port must be a number from 0 to 65535"_s);
        ws.server.port = port;
    }
    for (const QString& spec : parser.values(faultOption)) {
        QString why;
        const auto rule = provider::FaultRule::fromSpec(spec, &why);
        if (!rule)
            return commandError("serve", UsageError, u"--fault %1: %2"_s.arg(spec, why));
        ws.faults.append(*rule);
    }
    if (parser.isSet(u"issuer"_s) && ws.issuers.size() > 1)
        err() << "oidc-bench serve: --issuer applies to the first issuer only (\"" << ws.issuers.first().id
              << "\")" << Qt::endl;
    const int generated = ws.ensureSigningKeys();
    if (generated > 0)
        err() << "oidc-bench serve: generated " << generated
              << " RS256 signing key(s) for issuers without one (kept in memory only)" << Qt::endl;

    provider::ProviderHost host;
    SignalWatcher signalWatcher;
    int exitCode = Success;
    const QByteArray controlToken = parser.isSet(noControlOption) ? QByteArray()
        : parser.isSet(controlTokenOption)                        ? parser.value(controlTokenOption).toUtf8()
                                                                  : jose::randomToken(24);
    QObject::connect(&host, &provider::ProviderHost::started, [&host, &ws, controlToken] {
        const QStringList urls = host.issuerUrls();
        for (qsizetype i = 0; i < urls.size(); ++i) {
            const provider::Issuer& issuer = ws.issuers.at(i);
            if (issuer.issuerFromHost && ws.server.publicUrl.isEmpty())
                out() << "Issuer: " << issuer.issuerFromHost->scheme << "://<Host header>" << issuer.path
                      << " (without a Host header: " << urls.at(i) << ")" << Qt::endl;
            else
                out() << "Issuer: " << urls.at(i) << Qt::endl;
        }
        if (!controlToken.isEmpty()) {
            provider::Workspace bound = ws; // the port actually bound, when 0 asked for any
            bound.server.port = host.port();
            out() << "Control: " << bound.baseUrl() << provider::Provider::kControlPrefix
                  << " (Authorization: Bearer " << controlToken << ")" << Qt::endl;
        }
        for (const provider::FaultRule& rule : ws.faults)
            out() << "Fault: " << QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        out() << "Ready: listening on port " << host.port() << " (Ctrl+C to stop)" << Qt::endl;
    });
    QObject::connect(&host, &provider::ProviderHost::failed, [&exitCode](const QString& error) {
        err() << "oidc-bench serve: " << error << Qt::endl;
        exitCode = RuntimeFailure;
        QCoreApplication::exit(RuntimeFailure);
    });
    // One line per request, written in batches (one write per batch, not per request, under load).
    RequestLogWriter logWriter;
    QObject::connect(&host, &provider::ProviderHost::requestsFinished,
        [&logWriter](const QList<provider::RequestLogEntry>& entries) { logWriter.write(entries); });
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, [](int signalNumber) {
        err() << "oidc-bench serve: stopping (signal " << signalNumber << ")" << Qt::endl;
        QCoreApplication::exit(Success);
    });
    host.start(ws);
    if (host.provider())
        host.provider()->setControlToken(controlToken);
    const int rc = QCoreApplication::exec();
    host.stop();
    return exitCode != Success ? exitCode : rc;
}

} // namespace

namespace {

// The commands, in one place for isCommand() and run().
using Command = int (*)(const QStringList& arguments);
const std::pair<QStringView, Command> kCommands[]
    = {{u"serve", serve}, {u"mint", mint}, {u"decode", decode}, {u"login", login}, {u"secret", secret}};

Command findCommand(const QString& name)
{
    for (const auto& [commandName, command] : kCommands) {
        if (commandName == name)
            return command;
    }
    return nullptr;
}

} // namespace

bool isCommand(const QString& name)
{
    return findCommand(name) != nullptr;
}

int run(const QStringList& arguments)
{
    if (const Command command = arguments.size() >= 2 ? findCommand(arguments.at(1)) : nullptr)
        return command(arguments);
    return commandError("serve", UsageError, u"unknown command"_s);
}

} // namespace cli
