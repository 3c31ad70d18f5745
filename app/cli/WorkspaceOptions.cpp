#include "app/cli/WorkspaceOptions.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

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

} // namespace

WorkspaceOptions::WorkspaceOptions()
    : m_workspace(u"workspace"_s, u"Workspace file (default: the built-in one)."_s, u"file"_s)
    , m_preset(u"preset"_s,
          u"Start from a built-in preset instead of a workspace file: "_s
              + provider::Workspace::presetNames().join(u", "_s),
          u"name"_s)
    , m_issuer(u"issuer"_s,
          u"Issuer URL to advertise, e.g. https://idp.test/oidc (default: http://host:port, or for an "
          u"issuer that takes it from the Host header, that)."_s,
          u"url"_s)
{ }

void WorkspaceOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_workspace, m_preset, m_issuer});
}

std::optional<provider::Workspace> WorkspaceOptions::load(
    const QCommandLineParser& parser, QString* error) const
{
    if (parser.isSet(m_workspace) && parser.isSet(m_preset)) {
        *error = u"--workspace and --preset exclude each other"_s;
        return std::nullopt;
    }
    std::optional<provider::Workspace> ws;
    if (parser.isSet(m_preset)) {
        ws = provider::Workspace::preset(parser.value(m_preset));
        if (!ws) {
            *error = u"no preset \"%1\"; there are: %2"_s.arg(
                parser.value(m_preset), provider::Workspace::presetNames().join(u", "_s));
            return std::nullopt;
        }
    } else if (parser.isSet(m_workspace)) {
        QString why;
        ws = provider::Workspace::load(parser.value(m_workspace), &why);
        if (!ws) {
            *error = u"invalid workspace: "_s + why;
            return std::nullopt;
        }
    } else {
        ws = provider::Workspace::builtinDefault();
    }
    if (parser.isSet(m_issuer)) {
        if (ws->issuers.isEmpty()) {
            *error = u"--issuer: the workspace has no issuer"_s;
            return std::nullopt;
        }
        if (!applyIssuerUrl(*ws, parser.value(m_issuer), error))
            return std::nullopt;
    }
    return ws;
}

} // namespace cli
