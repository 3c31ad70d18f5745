#include "provider/http/HttpMessage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpMessage : public QObject
{
    Q_OBJECT

private slots:
    void headersAndCookies()
    {
        provider::HttpRequest request;
        request.headers = {{"content-type", "Application/X-WWW-Form-Urlencoded; charset=UTF-8"},
            {"cookie", "a=1; oidc_bench_csrf_x=tok=en; b=2"}, {"cookie", "c=3"}};
        QCOMPARE(request.mediaType(), "application/x-www-form-urlencoded"_ba);
        QCOMPARE(request.header("Content-Type"), "Application/X-WWW-Form-Urlencoded; charset=UTF-8"_ba);
        QCOMPARE(request.cookie("oidc_bench_csrf_x"), "tok=en"_ba);
        QCOMPARE(request.cookie("c"), "3"_ba);
        QCOMPARE(request.cookie("oidc_bench_csrf"), QByteArray());
    }

    void errorDescriptionsUseTheAllowedCharacters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("plain") << u"code is required"_s << u"code is required"_s;
        QTest::newRow("quotes") << u"grant_type \"x\" unknown"_s << u"grant_type 'x' unknown"_s;
        QTest::newRow("backslash and control") << u"a\\b\r\nc"_s << u"a?b??c"_s;
        QTest::newRow("non-ascii") << u"scope \u00e9t\u00e9"_s << u"scope ?t?"_s;
    }
    void errorDescriptionsUseTheAllowedCharacters()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(provider::OAuthError::safeDescription(input), output);
        const provider::HttpResponse r
            = provider::errorResponse(provider::OAuthError{u"invalid_request"_s, input, 400});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("cache-control"), "no-store"_ba);
        QVERIFY(r.body.contains(output.toUtf8()));
    }

    void escaping()
    {
        QCOMPARE(provider::htmlEscape(u"<a href=\"x\" title='y'>&</a>"_s),
            u"&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"_s);
    }
};

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "TestHttpMessage.moc"
