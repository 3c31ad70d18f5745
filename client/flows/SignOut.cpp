#include "client/Browser.h"
#include "client/LoopbackListener.h"
#include "client/flows/FlowHelpers.h"
#include "client/flows/RelyingParty.h"
#include "core/jose/Crypto.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Pkce.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

// Sign-out: RP-initiated logout.

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

bool RelyingParty::signOut()
{
    if (!begin(FlowResult::Operation::SignOut))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->endSessionEndpoint, u"end_session_endpoint"_s))
            return;
        QUrl postLogout(m_profile.postLogoutRedirectUri.isEmpty() ? u"http://127.0.0.1/logged-out"_s
                                                                  : m_profile.postLogoutRedirectUri);
        const bool loopback = isLoopbackRedirect(postLogout);
        if (loopback) {
            quint16 port = postLogout.port(0) != 0 ? quint16(postLogout.port()) : m_profile.loopbackPort;
            if (!startListener(postLogout, postLogout.path(), false, &port))
                return;
            postLogout.setPort(port);
        }
        m_logoutState = randomValue();
        core::FormData params;
        if (!m_tokens.idToken.isEmpty())
            params.add(u"id_token_hint"_s, m_tokens.idToken);
        params.add(u"client_id"_s, m_profile.clientId);
        params.add(u"post_logout_redirect_uri"_s, postLogout.toString(QUrl::FullyEncoded));
        params.add(u"state"_s, m_logoutState);
        QUrl url = m_metadata->endSessionEndpoint;
        QString query = url.query(QUrl::FullyEncoded);
        query += (query.isEmpty() ? QString() : u"&"_s) + QString::fromLatin1(params.encode());
        url.setQuery(query, QUrl::StrictMode);
        openInBrowser(u"Logout request"_s, url);
        if (!loopback) {
            // The browser goes elsewhere afterwards: nothing comes back to wait for.
            note(
                u"Signed out locally"_s, u"the post-logout redirect goes to %1"_s.arg(postLogout.toString()));
            m_tokens = {};
            m_idTokenClaims = {};
            succeed();
        }
    }));
    return true;
}

void RelyingParty::onSignOutRedirect(const Redirect& redirect)
{
    const QString state = redirect.params.value(u"state"_s);
    addCheck(u"state"_s, state == m_logoutState,
        state == m_logoutState ? u"the post-logout redirect carries the state sent"_s
            : state.isEmpty()  ? u"the post-logout redirect carries no state although one was sent"_s
                               : u"the post-logout redirect's state is not the one sent"_s);
    m_tokens = {};
    m_idTokenClaims = {};
    succeed();
}

} // namespace client
