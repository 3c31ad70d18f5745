// The decoder tab under QT_QPA_PLATFORM=offscreen: tokens from the built-in provider pasted alone or inside a
// redirect URL, checked against the discovered JWKS, a pasted JWK Set, or nothing.
#include "common/ProviderFixture.h"
#include "core/jose/Base64Url.h"
#include "ui/DecoderPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ui::DecoderPanel;

class TestDecoderPanel : public QObject
{
    Q_OBJECT

    struct Bench
    {
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        DecoderPanel panel;
        QJsonObject tokens;

        Bench()
        {
            panel.setDefaultIssuer(op.issuer());
            tokens = op.exchange(op.codeFor()).json();
        }
        template <typename T> T* find(const QString& name) { return panel.findChild<T*>(name); }
        void decode(const QString& input, DecoderPanel::KeySource source)
        {
            find<QPlainTextEdit>(u"decoderInput"_s)->setPlainText(input);
            auto* box = find<QComboBox>(u"keySource"_s);
            box->setCurrentIndex(box->findData(int(source)));
            QSignalSpy decoded(&panel, &DecoderPanel::decoded);
            find<QPushButton>(u"decode"_s)->click();
            if (decoded.isEmpty() && !decoded.wait(10000))
                FIXTURE_FAIL(u"not decoded"_s);
        }
        // "passed", "FAILED" or "skipped" for a check of a token, empty if absent.
        QString check(const QString& token, const QString& id)
        {
            auto* tree = find<QTreeWidget>(u"decoderChecks"_s);
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                const auto* item = tree->topLevelItem(i);
                if (item->text(0) == token && item->text(1) == id)
                    return item->text(2);
            }
            return {};
        }
        QString status() { return find<QLabel>(u"decoderStatus"_s)->text(); }
    };

private slots:
    void idTokenAgainstTheDiscoveredJwks()
    {
        Bench bench;
        bench.find<QLineEdit>(u"decoderClientId"_s)->setText(u"spa"_s);
        bench.decode(bench.tokens.value(u"id_token"_s).toString(), DecoderPanel::KeySource::Discovery);
        QCOMPARE(bench.check(u"token"_s, u"signature"_s), u"passed"_s);
        QCOMPARE(bench.check(u"token"_s, u"iss"_s), u"passed"_s);
        QCOMPARE(bench.check(u"token"_s, u"aud"_s), u"passed"_s);
        QVERIFY2(bench.status().contains(u"valid"_s), qPrintable(bench.status()));
        const QString output = bench.find<QPlainTextEdit>(u"decoderOutput"_s)->toPlainText();
        QVERIFY(output.contains(u"\"alg\": \"ES256\""_s));
        QVERIFY(output.contains(u"exp: "_s)); // times as dates, relative to now
        QVERIFY(output.contains(u"(in 60 min)"_s) || output.contains(u"(in 59 min)"_s));

        // Another expected audience fails, with the reason.
        bench.find<QLineEdit>(u"decoderClientId"_s)->setText(u"web-app"_s);
        bench.decode(bench.tokens.value(u"id_token"_s).toString(), DecoderPanel::KeySource::Discovery);
        QCOMPARE(bench.check(u"token"_s, u"aud"_s), u"FAILED"_s);
        QVERIFY2(bench.status().contains(u"invalid"_s), qPrintable(bench.status()));
    }

    void redirectUrlWithSeveralTokens()
    {
        Bench bench;
        const QString url
            = u"http://localhost:5173/callback#state=s-1&id_token=%1&access_token=%2&token_type=Bearer"_s.arg(
                bench.tokens.value(u"id_token"_s).toString(),
                bench.tokens.value(u"access_token"_s).toString());
        bench.decode(url, DecoderPanel::KeySource::Discovery);
        QCOMPARE(bench.check(u"id_token"_s, u"signature"_s), u"passed"_s);
        QCOMPARE(bench.check(u"access_token"_s, u"signature"_s), u"passed"_s);
        QVERIFY2(bench.status().contains(u"state = s-1"_s), qPrintable(bench.status()));
    }

    void pastedKeysAndNoKey()
    {
        Bench bench;
        const QString idToken = bench.tokens.value(u"id_token"_s).toString();
        bench.find<QPlainTextEdit>(u"decoderKey"_s)
            ->setPlainText(QString::fromUtf8(bench.op.get(u"/jwks"_s).body));
        bench.decode(idToken, DecoderPanel::KeySource::PastedKey);
        QCOMPARE(bench.check(u"token"_s, u"signature"_s), u"passed"_s);

        // A changed payload no longer verifies.
        QStringList parts = idToken.split(u'.');
        QJsonObject claims = fixture::claimsOf(idToken);
        claims.insert(u"sub"_s, u"mallory"_s);
        parts[1] = QString::fromLatin1(
            jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
        bench.decode(parts.join(u'.'), DecoderPanel::KeySource::PastedKey);
        QCOMPARE(bench.check(u"token"_s, u"signature"_s), u"FAILED"_s);

        bench.decode(idToken, DecoderPanel::KeySource::None);
        QCOMPARE(bench.check(u"token"_s, u"signature"_s), u"skipped"_s);

        bench.find<QPlainTextEdit>(u"decoderKey"_s)->setPlainText(u"not a key"_s);
        bench.decode(idToken, DecoderPanel::KeySource::PastedKey);
        QVERIFY2(bench.status().contains(u"not usable"_s), qPrintable(bench.status()));

        bench.decode(u"not a token"_s, DecoderPanel::KeySource::None);
        QCOMPARE(bench.check(u"token"_s, u"format"_s), u"FAILED"_s);
    }
};

QTEST_MAIN(TestDecoderPanel)
#include "TestDecoderPanel.moc"
