#include "app/cli/Commands.h"
#include "app/cli/SignalWatcher.h"
#include "provider/ProviderHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& message)
{
    err() << "oidc-bench serve: " << message << Qt::endl;
    return UsageError;
}

// --issuer sets the public base URL and the first issuer's path from one URL.
bool applyIssuerUrl(provider::Workspace& ws, const QString& value, QString* error)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        *error
            = u"--issuer must be an http(s) URL without query or fragment, such as http://127.0.0.1:9400"_s;
        return false;
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QUrl base = url;
    base.setPath({});
    ws.server.publicUrl = base.toString();
    ws.issuers.first().path = path;
    return true;
}

int serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run the mock OpenID Provider without a window."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"serve"_s, u"The command."_s);
    const QCommandLineOption workspaceOption(
        u"workspace"_s, u"Workspace file (default: the built-in one)."_s, u"file"_s);
    const QCommandLineOption hostOption(
        u"host"_s, u"Address to listen on (default: the workspace's, 127.0.0.1)."_s, u"address"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"Port to listen on; 0 picks a free one (default: 9400)."_s, u"port"_s);
    const QCommandLineOption issuerOption(u"issuer"_s,
        u"Issuer URL to advertise, e.g. https://idp.test/oidc (default: "
        u"http://host:port)."_s,
        u"url"_s);
    const QCommandLineOption presetOption(u"preset"_s,
        u"Start from a built-in preset instead of a workspace file: "_s
            + provider::Workspace::presetNames().join(u", "_s),
        u"name"_s);
    const QCommandLineOption listPresetsOption(u"list-presets"_s, u"List the built-in presets and exit."_s);
    parser.addOptions(
        {workspaceOption, presetOption, listPresetsOption, hostOption, portOption, issuerOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(u"unexpected arguments: "_s + parser.positionalArguments().mid(1).join(u' '));

    if (parser.isSet(listPresetsOption)) {
        for (const QString& name : provider::Workspace::presetNames())
            out() << name << Qt::endl;
        return Success;
    }
    if (parser.isSet(workspaceOption) && parser.isSet(presetOption))
        return usageError(u"--workspace and --preset exclude each other"_s);

    provider::Workspace ws;
    if (parser.isSet(presetOption)) {
        auto preset = provider::Workspace::preset(parser.value(presetOption));
        if (!preset)
            return usageError(u"no preset \"%1\"; there are: %2"_s.arg(
                parser.value(presetOption), provider::Workspace::presetNames().join(u", "_s)));
        ws = std::move(*preset);
    } else if (parser.isSet(workspaceOption)) {
        QString error;
        auto loaded = provider::Workspace::load(parser.value(workspaceOption), &error);
        if (!loaded)
            return usageError(u"invalid workspace: "_s + error);
        ws = std::move(*loaded);
    } else {
        ws = provider::Workspace::builtinDefault();
    }
    if (parser.isSet(hostOption))
        ws.server.host = parser.value(hostOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return usageError(u"--port must be a number from 0 to 65535"_s);
        ws.server.port = port;
    }
    if (parser.isSet(issuerOption)) {
        QString error;
        if (!applyIssuerUrl(ws, parser.value(issuerOption), &error))
            return usageError(error);
        if (ws.issuers.size() > 1)
            err() << "oidc-bench serve: --issuer applies to the first issuer only (\""
                  << ws.issuers.first().id << "\")" << Qt::endl;
    }
    const int generated = ws.ensureSigningKeys();
    if (generated > 0)
        err() << "oidc-bench serve: generated " << generated
              << " RS256 signing key(s) for issuers without one (kept in memory only)" << Qt::endl;

    provider::ProviderHost host;
    SignalWatcher signalWatcher;
    int exitCode = Success;
    QObject::connect(&host, &provider::ProviderHost::started, [&host] {
        for (const QString& url : host.issuerUrls())
            out() << "Issuer: " << url << Qt::endl;
        out() << "Ready: listening on port " << host.port() << " (Ctrl+C to stop)" << Qt::endl;
    });
    QObject::connect(&host, &provider::ProviderHost::failed, [&exitCode](const QString& error) {
        err() << "oidc-bench serve: " << error << Qt::endl;
        exitCode = RuntimeFailure;
        QCoreApplication::exit(RuntimeFailure);
    });
    QObject::connect(&host, &provider::ProviderHost::requestFinished, [](const provider::RequestLogEntry& e) {
        out() << e.time.toUTC().toString(Qt::ISODateWithMs) << ' ' << e.method << ' ' << e.path << ' '
              << e.status << ' ' << QString::number(double(e.durationMicros) / 1000.0, 'f', 1) << "ms";
        if (!e.clientId.isEmpty())
            out() << " client=" << e.clientId;
        out() << Qt::endl;
    });
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, [](int signalNumber) {
        err() << "oidc-bench serve: stopping (signal " << signalNumber << ")" << Qt::endl;
        QCoreApplication::exit(Success);
    });
    host.start(ws);
    const int rc = QCoreApplication::exec();
    host.stop();
    return exitCode != Success ? exitCode : rc;
}

} // namespace

bool isCommand(const QString& name)
{
    return name == u"serve"_s;
}

int run(const QStringList& arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == u"serve"_s)
        return serve(arguments);
    return usageError(u"unknown command"_s);
}

} // namespace cli
