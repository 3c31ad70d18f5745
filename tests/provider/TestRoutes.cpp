#include "provider/Provider.h"
#include "provider/Routes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Walks the route table (provider/Routes.cpp): each row is routed, answers OPTIONS and other methods as the
// row says, is advertised by discovery as the row says, and is switched off as the row says.
class TestRoutes : public QObject
{
    Q_OBJECT

    static constexpr const char* kOrigin = "http://localhost:5173";

    static provider::HttpResponse call(provider::Provider& op, const QByteArray& method, const QString& path,
        const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        provider::HttpRequest request;
        request.method = method;
        request.path = path;
        request.headers = headers;
        request.remoteAddress = QHostAddress::LocalHost;
        return op.handle(request);
    }

    static QJsonObject discovery(provider::Provider& op)
    {
        return QJsonDocument::fromJson(call(op, "GET", u"/.well-known/openid-configuration"_s).body).object();
    }

    static provider::Workspace withDisabled(const QStringList& names)
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.issuers.first().disabledEndpoints = names;
        return ws;
    }

private slots:
    void tableIsConsistent()
    {
        QVERIFY(provider::Routes::size() > 0);
        QSet<QString> names;
        QSet<QString> paths;
        for (const provider::Route& route : provider::Routes()) {
            QVERIFY2(!names.contains(route.name.toString()), qPrintable(route.name.toString()));
            QVERIFY2(!paths.contains(route.defaultPath.toString()), qPrintable(route.defaultPath.toString()));
            names.insert(route.name.toString());
            paths.insert(route.defaultPath.toString());
            QVERIFY(route.handler);
            QVERIFY(route.defaultPath.startsWith(u'/'));
            QVERIFY(QByteArray(route.allow).endsWith("OPTIONS"));
            QVERIFY(route.partOf.isEmpty() || provider::Routes::indexOf(route.partOf) >= 0);
            QVERIFY(route.needs.isEmpty() || provider::Routes::indexOf(route.needs) >= 0);
        }
        QCOMPARE(provider::Workspace::endpointNames().size(), provider::Routes::size());
    }

    void everyRowAsTheRowSays_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < provider::Routes::size(); ++i)
            QTest::newRow(provider::Routes::at(i).name.toUtf8().constData()) << int(i);
    }

    void everyRowAsTheRowSays()
    {
        QFETCH(int, row);
        const provider::Route& route = provider::Routes::at(row);
        provider::Provider op(provider::Workspace::builtinDefault());
        const QString issuer = op.snapshot()->issuers.first().url;
        const QString path = route.defaultPath.toString();

        // Routed: each method the row lists reaches the endpoint (whatever it then says, never 404 or 405).
        for (const QByteArray& method : QByteArray(route.allow).split(',')) {
            const provider::HttpResponse r = call(op, method.trimmed(), path);
            QVERIFY2(r.status != 404 && r.status != 405, method.constData());
            QCOMPARE(r.issuerId, u"default"_s);
        }
        // Other methods: 405 with the row's Allow header.
        for (const QByteArray& method : {"PUT"_ba, "DELETE"_ba, "GET"_ba, "POST"_ba}) {
            if (route.allows(method))
                continue;
            const provider::HttpResponse r = call(op, method, path);
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("allow"), QByteArray(route.allow));
        }
        // OPTIONS: the Allow header, and CORS for a client's origin only where the row says.
        const provider::HttpResponse preflight
            = call(op, "OPTIONS", path, {{"origin", kOrigin}, {"access-control-request-method", "POST"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("allow"), QByteArray(route.allow));
        QCOMPARE(preflight.header("access-control-allow-origin").isEmpty(), !route.cors);
        QCOMPARE(preflight.header("access-control-allow-methods").isEmpty(), !route.cors);
        // Advertised under its discovery member, and only there.
        const QJsonObject doc = discovery(op);
        if (!route.discoveryMember.isEmpty())
            QCOMPARE(doc.value(route.discoveryMember.toString()).toString(), issuer + path);
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.key() != route.discoveryMember && it->isString() && it.key() != u"issuer"_s)
                QVERIFY2(it->toString() != issuer + path, qPrintable(it.key()));
        }

        // Switched off: by its own switch, with the endpoint it is part of, or without the one it needs.
        QStringList switches;
        if (route.switchable)
            switches.append(route.name.toString());
        if (!route.partOf.isEmpty())
            switches.append(route.partOf.toString());
        if (!route.needs.isEmpty())
            switches.append(route.needs.toString());
        if (!route.switchable && route.partOf.isEmpty())
            QVERIFY(!provider::Workspace::switchableEndpointNames().contains(route.name.toString()));
        for (const QString& off : std::as_const(switches)) {
            provider::Provider without(withDisabled({off}));
            QCOMPARE(call(without, QByteArray(route.allow).split(',').first(), path).status, 404);
            QCOMPARE(call(without, "OPTIONS", path).status, 404);
            const QJsonObject advertised = discovery(without);
            if (!route.discoveryMember.isEmpty())
                QCOMPARE(advertised.contains(route.discoveryMember.toString()), route.alwaysAdvertised);
        }
    }

    void fixedRowsCannotBeSwitchedOff()
    {
        for (const provider::Route& route : provider::Routes()) {
            if (route.switchable)
                continue;
            QString error;
            const QJsonObject issuer{
                {u"id"_s, u"a"_s}, {u"disabled_endpoints"_s, QJsonArray{route.name.toString()}}};
            const QByteArray json = QJsonDocument(QJsonObject{{u"format"_s, u"oidc-bench-workspace"_s},
                                                      {u"version"_s, 1}, {u"issuers"_s, QJsonArray{issuer}}})
                                        .toJson();
            QVERIFY2(!provider::Workspace::fromJson(json, &error), qPrintable(route.name.toString()));
            QVERIFY2(error.contains(u"disabled_endpoints"_s), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "TestRoutes.moc"
