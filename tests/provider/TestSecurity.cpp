// The points of docs/security.md that no other test covers on its own: the loopback default, randomness and
// entropy of what the provider hands out, constant-time comparison, and a request log without secrets.
#include "common/ProviderFixture.h"
#include "core/jose/Crypto.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackByDefault()
    {
        QCOMPARE(provider::ServerSettings().host, u"127.0.0.1"_s);
        QCOMPARE(provider::Workspace::builtinDefault().server.host, u"127.0.0.1"_s);
        for (const QString& name : provider::Workspace::presetNames()) {
            const auto preset = provider::Workspace::preset(name);
            QVERIFY2(preset && QHostAddress(preset->server.host).isLoopback(), qPrintable(name));
        }
    }

    // 32 bytes from OpenSSL's DRBG, base64url: 256 bits for codes, tokens, state, CSRF tokens.
    void randomTokensCarry256Bits()
    {
        const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray token = jose::randomToken();
            QVERIFY(base64url.match(QString::fromLatin1(token)).hasMatch());
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 2000);
        // Each of the 64 symbols turns up in every position about as often as the others (no fixed bits).
        QList<int> firstSymbols(64, 0);
        const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (const QByteArray& token : std::as_const(seen))
            ++firstSymbols[alphabet.indexOf(token.at(0))];
        for (int count : std::as_const(firstSymbols))
            QVERIFY2(count > 5 && count < 80, qPrintable(QString::number(count)));
    }

    void codesAndTokensAreUnguessable()
    {
        fixture::Provider op;
        QSet<QString> codes;
        QSet<QString> refreshTokens;
        for (int i = 0; i < 10; ++i) {
            const QString code
                = op.codeFor(u"alice"_s, op.authorizeParams({{u"scope"_s, u"openid offline_access"_s}}));
            QVERIFY2(code.size() >= 43, qPrintable(code));
            codes.insert(code);
            const auto tokens = op.exchange(code).json();
            const QString refresh = tokens.value(u"refresh_token"_s).toString();
            QVERIFY2(refresh.size() >= 43, qPrintable(refresh));
            refreshTokens.insert(refresh);
            // Access tokens are JWTs; their jti is random too.
            QVERIFY(fixture::claimsOf(tokens.value(u"access_token"_s).toString())
                        .value(u"jti"_s)
                        .toString()
                        .size()
                >= 22);
        }
        QCOMPARE(codes.size(), 10);
        QCOMPARE(refreshTokens.size(), 10);
    }

    // What the comparison every secret check uses (client secrets, passwords, CSRF, PKCE, control token,
    // HMAC) answers. Its timing is not measured here: it compares SHA-256 digests of both sides with
    // OpenSSL's CRYPTO_memcmp, which reads every byte whatever it finds.
    void secretComparisonAnswersCorrectly()
    {
        QVERIFY(jose::constantTimeEquals("same secret", "same secret"));
        QVERIFY(!jose::constantTimeEquals("same secret", "same secreT"));
        QVERIFY(!jose::constantTimeEquals("short", "shorter"));
        QVERIFY(!jose::constantTimeEquals("", "x"));
        QVERIFY(jose::constantTimeEquals("", ""));
    }

    // The provider's log entries carry no query strings, headers or bodies unless the window asks for them:
    // codes, tokens, passwords and client secrets travel there.
    void requestLogHoldsNoSecrets()
    {
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        QSignalSpy logged(op.server.get(), &provider::HttpServer::requestFinished);
        const QString code = op.codeFor();
        op.post(u"/token"_s,
            "grant_type=client_credentials&client_id=web-app&client_secret=web-app-secret-change-me-"
            "0123456789abcdef");
        op.exchange(code);
        QVERIFY(logged.size() >= 4);
        for (const QList<QVariant>& args : std::as_const(logged)) {
            const auto entry = args.first().value<provider::RequestLogEntry>();
            QVERIFY(entry.query.isEmpty());
            QVERIFY(entry.requestHeaders.isEmpty() && entry.requestBody.isEmpty());
            QVERIFY(entry.responseHeaders.isEmpty() && entry.responseBody.isEmpty());
            QVERIFY(!entry.path.contains(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "TestSecurity.moc"
