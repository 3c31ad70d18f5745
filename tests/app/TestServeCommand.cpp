#include "common/TestBrowser.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "provider/Faults.h"
#include "provider/workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The headless commands of the `oidc-bench` executable (serve, mint, decode, login): their output contract
// and exit codes.
class TestServeCommand : public QObject
{
    Q_OBJECT

    static QString binary() { return QStringLiteral(OIDCBENCH_BINARY); }

private:
    // Runs `login` with its configuration (profiles) under `configHome`, does the browser's part at each URL
    // it prints, and returns the exit code with the JSON output and standard error. Without --profile in
    // `extra`, the client is oidc-bench-client at `issuer`.
    static int runLogin(const QString& issuer, const QString& configHome, const QStringList& extra,
        QJsonObject* json, QByteArray* stderrText)
    {
        QProcess p;
        // Profiles go to a configuration directory of the test's own.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, configHome);
        p.setProcessEnvironment(env);
        const QStringList client = extra.contains(u"--profile"_s)
            ? QStringList()
            : QStringList{u"--issuer"_s, issuer, u"--client-id"_s, u"oidc-bench-client"_s};
        p.start(binary(),
            QStringList{u"login"_s} + client
                + QStringList{u"--no-browser"_s, u"--json"_s, u"--timeout"_s, u"20"_s} + extra);
        // Every URL it prints (sign-in, then logout) is opened; not waitForFinished(): the browser works
        // in this event loop.
        fixture::TestBrowser browser;
        QByteArray errors;
        int opened = 0;
        const QRegularExpression urlLine(u"Open this URL in a browser:\\n  (\\S+)"_s);
        const bool ended = QTest::qWaitFor(
            [&] {
                errors += p.readAllStandardError();
                const auto urls = urlLine.globalMatch(QString::fromUtf8(errors));
                int seen = 0;
                for (const auto& m : urls) {
                    if (seen++ == opened && browser.idle) {
                        QString unused;
                        browser.open(QUrl(m.captured(1)), &unused);
                        ++opened;
                    }
                }
                return p.state() == QProcess::NotRunning;
            },
            30000);
        if (!ended)
            return -1;
        *json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        *stderrText = errors + p.readAllStandardError();
        return p.exitCode();
    }

    // `serve` on a copy of the default workspace in `dir`, with `arguments` added; returns the issuer.
    static QString startServe(QProcess& serve, const QTemporaryDir& dir, const QStringList& arguments = {})
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        const QString file = dir.filePath(u"ws.json"_s);
        QString error;
        if (!ws.save(file, &error))
            return {};
        serve.start(binary(), QStringList{u"serve"_s, u"--workspace"_s, file, u"--no-control"_s} + arguments);
        QByteArray out;
        if (!QTest::qWaitFor(
                [&] { return (out += serve.readAllStandardOutput()).contains("Ready:"); }, 15000))
            return {};
        return QRegularExpression(u"Issuer: (\\S+)"_s).match(QString::fromUtf8(out)).captured(1);
    }

private slots:
    void printsIssuerAndStopsOnSigterm()
    {
        QProcess serve;
        serve.start(
            binary(), {u"serve"_s, u"--port"_s, u"0"_s, u"--issuer"_s, u"http://127.0.0.1:1/tenant-a/"_s});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("Ready:"), 15000);
        QVERIFY2(out.contains("Issuer: http://127.0.0.1:1/tenant-a\n"), out.constData());
        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void faultsAndControlApi()
    {
        QProcess serve;
        serve.start(binary(),
            {u"serve"_s, u"--port"_s, u"0"_s, u"--fault"_s, u"http.status:endpoint=jwks,status=503,times=1"_s,
                u"--control-token"_s, u"serve-test-control-token"_s});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("Ready:"), 15000);
        QVERIFY2(out.contains("(Authorization: Bearer serve-test-control-token)"), out.constData());
        QVERIFY2(out.contains("Fault: {\"endpoint\":\"jwks\",\"fault\":\"http.status\","), out.constData());
        const QString control
            = QRegularExpression(u"Control: (\\S+)"_s).match(QString::fromUtf8(out)).captured(1);
        QVERIFY2(control.endsWith(u"/_oidc-bench"_s), out.constData());
        const QString base = control.chopped(12);

        QNetworkAccessManager nam;
        auto get = [&](const QString& url, const QByteArray& token = {}) {
            QNetworkRequest request{QUrl(url)};
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply* reply = nam.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                return -1;
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(get(base + u"/jwks"_s), 503);
        QCOMPARE(get(base + u"/jwks"_s), 200);
        QCOMPARE(get(control + u"/faults"_s), 401);
        QCOMPARE(get(control + u"/faults"_s, "serve-test-control-token"), 200);
        // The log line of the failed request names the fault. The lines come from the main thread after
        // the answers: wait for the last request's too.
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("GET /jwks 503")
                && out.count("GET /_oidc-bench/faults ") >= 2,
            5000);
        QVERIFY2(out.contains("fault=http.status"), out.constData());
        // Every request line is whole: time, method, path, status, duration, client, faults.
        const QRegularExpression requestLine(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (GET|POST) /\\S* \\d{3} \\d+\\.\\dms"
            u"( client=\\S+)?( fault=\\S+)?$"_s);
        const QList<QByteArray> lines = out.mid(out.indexOf("Ready:")).split('\n').mid(1);
        int requests = 0;
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            ++requests;
            QVERIFY2(requestLine.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        }
        QVERIFY(requests >= 4);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);
    }

    // The window takes the control API's token (or --no-control) on its command line, as `serve` does.
    void windowTakesAControlToken()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // the window's settings
        {
            QProcess window;
            window.setProcessEnvironment(env);
            window.start(binary(), {u"--control-token"_s, u"short"_s});
            QVERIFY(window.waitForFinished(15000));
            QCOMPARE(window.exitCode(), 2);
            QVERIFY(window.readAllStandardError().contains("--control-token needs a token of 16 characters"));
        }
        QTcpServer probe; // a free port for the window's provider
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = port;
        const QString file = dir.filePath(u"ws.json"_s);
        QString error;
        QVERIFY2(ws.save(file, &error), qPrintable(error));

        QNetworkAccessManager nam;
        auto reset = [&](const QByteArray& token) {
            QNetworkRequest request{QUrl(u"http://127.0.0.1:%1/_oidc-bench/reset"_s.arg(port))};
            request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply* reply = nam.post(request, QByteArray());
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                return -1;
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        for (const QStringList& arguments :
            {QStringList{u"--control-token"_s, u"window-test-control-token"_s},
                QStringList{u"--no-control"_s}}) {
            QProcess window;
            window.setProcessEnvironment(env);
            window.start(binary(), QStringList{u"--workspace"_s, file} + arguments);
            QVERIFY(window.waitForStarted());
            // Up once the provider answers (its signing key is made first).
            QTRY_VERIFY_WITH_TIMEOUT(reset("wrong-token-of-some-length") > 0, 20000);
            if (arguments.first() == u"--no-control"_s) {
                QCOMPARE(reset("window-test-control-token"), 404);
            } else {
                QCOMPARE(reset("wrong-token-of-some-length"), 401);
                QCOMPARE(reset("window-test-control-token"), 204);
            }
            window.kill();
            QVERIFY(window.waitForFinished(10000));
        }
    }

    void listFaults()
    {
        QProcess serve;
        serve.start(binary(), {u"serve"_s, u"--list-faults"_s});
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 0);
        const QByteArray out = serve.readAllStandardOutput();
        for (const provider::FaultDefinition& fault : provider::faultCatalogue())
            QVERIFY2(out.contains(QByteArray(fault.name.toUtf8() + "\n    ")), qPrintable(fault.name));
    }

    void badFaultOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fault")
            << QStringList{u"--fault"_s, u"token.nope"_s} << u"no fault \"token.nope\""_s;
        QTest::newRow("bad option") << QStringList{u"--fault"_s, u"http.latency:colour=red"_s}
                                    << u"options.colour"_s;
        QTest::newRow("short control token")
            << QStringList{u"--control-token"_s, u"short"_s} << u"at least 16"_s;
        QTest::newRow("token and no control") << QStringList{u"--control-token"_s, u"0123456789abcdef0"_s,
            u"--no-control"_s} << u"exclude each other"_s;
    }
    void badFaultOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess serve;
        serve.start(binary(), QStringList{u"serve"_s, u"--port"_s, u"0"_s} + args);
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 2);
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<bool>("blockPort");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("port in use") << QString() << true << 1 << u"already in use"_s;
        QTest::newRow("broken workspace")
            << u"{\n \"format\": \"oidc-bench-workspace\",\n ]"_s << false << 2 << u"line 3, column"_s;
        QTest::newRow("invalid workspace")
            << uR"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","type":"confidential"}]}]})"_s
            << false << 2 << u"issuers[0].clients[0].client_secret"_s;
    }
    void failures()
    {
        QFETCH(QString, workspace);
        QFETCH(bool, blockPort);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QStringList args{u"serve"_s, u"--port"_s, QString::number(blockPort ? blocker.serverPort() : 0)};
        QTemporaryDir dir;
        if (!workspace.isEmpty()) {
            QFile file(dir.filePath(u"ws.json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(workspace.toUtf8());
            file.close();
            args << u"--workspace"_s << file.fileName();
        }
        QProcess serve;
        serve.start(binary(), args);
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), exitCode);
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void mintPrintsASignedToken()
    {
        QProcess mint;
        mint.start(binary(),
            {u"mint"_s, u"--preset"_s, u"discovery-jwks-hs256"_s, u"--user"_s, u"bob"_s, u"--audience"_s,
                u"api://orders"_s, u"--lifetime"_s, u"60"_s, u"--scope"_s, u"openid email"_s, u"--claims"_s,
                u"{\"role\":\"admin\",\"sub\":\"forged\"}"_s});
        QVERIFY(mint.waitForFinished(15000));
        QCOMPARE(mint.exitCode(), 0);
        const QByteArray token = mint.readAllStandardOutput().trimmed();
        const auto jws = jose::Jws::parse(token);
        QVERIFY2(jws, token.constData());
        // Signed with the preset's shared secret, as a downstream service would check it.
        const auto preset = provider::Workspace::preset(u"discovery-jwks-hs256"_s);
        QVERIFY(jws->verify(preset->issuers.first().keys.first().jwk));
        const auto claims = jose::jwt::decodeClaims(jws->payload());
        QCOMPARE(claims->value(u"sub"_s).toString(), u"usr_02"_s); // the standard claims win
        QCOMPARE(claims->value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(claims->value(u"email"_s).toString(), u"bob@example.com"_s);
        QVERIFY(!claims->contains(u"name"_s)); // profile was not asked for
        QCOMPARE(claims->value(u"exp"_s).toInteger() - claims->value(u"iat"_s).toInteger(), 60);
    }

    void mintFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no user") << QStringList{} << u"--user is required"_s;
        QTest::newRow("unknown user") << QStringList{u"--user"_s, u"zed"_s} << u"has no user \"zed\""_s;
        QTest::newRow("unknown scope")
            << QStringList{u"--user"_s, u"alice"_s, u"--scope"_s, u"openid nope"_s} << u"no scope \"nope\""_s;
        QTest::newRow("bad lifetime")
            << QStringList{u"--user"_s, u"alice"_s, u"--lifetime"_s, u"-5"_s} << u"--lifetime"_s;
        QTest::newRow("claims not an object") << QStringList{u"--user"_s, u"alice"_s, u"--claims"_s, u"[1]"_s}
                                              << u"--claims must be a JSON object"_s;
        QTest::newRow("unknown issuer")
            << QStringList{u"--user"_s, u"alice"_s, u"--issuer-id"_s, u"x"_s} << u"no issuer \"x\""_s;
        QTest::newRow("unknown preset")
            << QStringList{u"--user"_s, u"alice"_s, u"--preset"_s, u"x"_s} << u"no preset \"x\""_s;
    }
    void mintFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess mint;
        mint.start(binary(), QStringList{u"mint"_s} + args);
        QVERIFY(mint.waitForFinished(15000));
        QCOMPARE(mint.exitCode(), 2);
        QVERIFY(mint.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(mint.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    // End to end: a provider serving a workspace, a token minted from the same workspace under its issuer
    // URL, and `decode` finding the keys through discovery.
    void decodeChecksAgainstARunningProvider()
    {
        QTemporaryDir dir;
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        ws.ensureSigningKeys();
        const QString file = dir.filePath(u"ws.json"_s);
        QString error;
        QVERIFY2(ws.save(file, &error), qPrintable(error));
        QProcess serve;
        serve.start(binary(), {u"serve"_s, u"--workspace"_s, file, u"--no-control"_s});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("Ready:"), 15000);
        const QString issuer
            = QRegularExpression(u"Issuer: (\\S+)"_s).match(QString::fromUtf8(out)).captured(1);

        auto run = [&](const QStringList& args, QByteArray* output = nullptr) {
            QProcess p;
            p.start(binary(), args);
            if (!p.waitForFinished(20000))
                return -1;
            if (output)
                *output = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray token;
        QCOMPARE(run({u"mint"_s, u"--workspace"_s, file, u"--issuer"_s, issuer, u"--user"_s, u"alice"_s,
                         u"--audience"_s, u"web-app"_s},
                     &token),
            0);
        token = token.trimmed();
        QByteArray report;
        const QStringList decode{
            u"decode"_s, QString::fromLatin1(token), u"--issuer"_s, issuer, u"--client-id"_s, u"web-app"_s};
        QCOMPARE(run(decode, &report), 0);
        QVERIFY2(report.contains("ok   signature: verified with key"), report.constData());
        QVERIFY2(report.trimmed().endsWith("Valid"), report.constData());
        // The same keys from a file given to --jwks.
        QJsonArray published;
        for (const auto& key : ws.issuers.first().keys)
            published.append(key.jwk.toPublicJson());
        QFile jwksFile(dir.filePath(u"jwks.json"_s));
        QVERIFY(jwksFile.open(QIODevice::WriteOnly));
        jwksFile.write(QJsonDocument(QJsonObject{{u"keys"_s, published}}).toJson());
        jwksFile.close();
        QCOMPARE(run({u"decode"_s, QString::fromLatin1(token), u"--jwks"_s, jwksFile.fileName(),
                         u"--client-id"_s, u"web-app"_s},
                     &report),
            0);
        QVERIFY2(report.contains("ok   signature: verified with key"), report.constData());
        // Another audience: exit code 3, and the failing check says why.
        QCOMPARE(
            run({u"decode"_s, QString::fromLatin1(token), u"--issuer"_s, issuer, u"--client-id"_s, u"spa"_s},
                &report),
            3);
        QVERIFY2(report.contains("FAIL aud: meant for web-app, not for client \"spa\""), report.constData());
        // A tampered payload: the signature fails.
        QList<QByteArray> parts = token.split('.');
        parts[1]
            = jose::base64UrlEncode(QByteArray(jose::base64UrlDecode(parts[1])->replace("alice", "mallory")));
        QCOMPARE(run({u"decode"_s, QString::fromLatin1(parts.join('.')), u"--issuer"_s, issuer, u"--json"_s},
                     &report),
            3);
        QVERIFY2(report.contains("\"valid\": false"), report.constData());
        // Discovery at a wrong issuer: an error, not a verdict.
        QCOMPARE(
            run({u"decode"_s, QString::fromLatin1(token), u"--issuer"_s, issuer + u"/nope"_s}, &report), 1);
        QVERIFY2(report.contains("discovery failed"), report.constData());
        QCOMPARE(run({u"decode"_s}, &report), 2);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    // `login` end to end: a running provider (with one injected fault for the second sign-in), the command
    // with --no-browser, and the test browser doing the user's part at the URL it prints.
    void loginAgainstARunningProvider()
    {
        QTemporaryDir dir;
        QProcess serve;
        const QString issuer = startServe(
            serve, dir, {u"--fault"_s, u"tamper.wrong_aud:grant_type=authorization_code,after=1,times=1"_s});
        QVERIFY(!issuer.isEmpty());

        auto login = [&](const QStringList& extra, QJsonObject* json, QByteArray* stderrText) {
            return runLogin(issuer, dir.filePath(u"config"_s), extra, json, stderrText);
        };

        QJsonObject json;
        QByteArray errors;
        const QString har = dir.filePath(u"flow.har"_s);
        const int code = login({u"--scope"_s, u"openid profile email offline_access"_s, u"--har"_s, har,
                                   u"--then"_s, u"refresh,revoke-refresh,logout"_s},
            &json, &errors);
        QVERIFY2(code == 0, errors.constData());
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 4); // userinfo first
        QCOMPARE(steps.at(1)[u"step"_s].toString(), u"refresh"_s);
        QVERIFY(!steps.at(1)[u"tokens"_s][u"access_token"_s].toString().isEmpty());
        QCOMPARE(steps.at(3)[u"step"_s].toString(), u"logout"_s);
        QCOMPARE(steps.at(3)[u"checks"_s][0][u"status"_s].toString(), u"passed"_s); // state came back
        QVERIFY2(json.value(u"valid"_s).toBool(), errors.constData());
        const QJsonObject tokens = json.value(u"tokens"_s).toObject();
        QVERIFY(!tokens.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(json.value(u"id_token"_s)[u"claims"_s][u"preferred_username"_s].toString(), u"alice"_s);
        QCOMPARE(json.value(u"userinfo"_s)[u"email"_s].toString(), u"alice@example.com"_s);
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QByteArray harText = harFile.readAll();
        QVERIFY(harText.contains("\"entries\""));
        QVERIFY(!harText.contains(tokens.value(u"access_token"_s).toString().toLatin1()));

        // The second ID token names another audience: signed in, but invalid (exit code 3).
        QCOMPARE(login({}, &json, &errors), 3);
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        QStringList failed;
        for (const QJsonValue& check : json.value(u"id_token"_s)[u"checks"_s].toArray()) {
            if (check[u"status"_s] == u"failed"_s)
                failed.append(check[u"id"_s].toString());
        }
        QCOMPARE(failed, QStringList{u"aud"_s});
        QCOMPARE(json.value(u"valid"_s).toBool(), false);

        // Refused by the provider: exit code 1, with the provider's error.
        QCOMPARE(login({u"--scope"_s, u"openid payroll"_s}, &json, &errors), 1);
        QCOMPARE(json.value(u"provider_error"_s)[u"error"_s].toString(), u"invalid_scope"_s);
        QVERIFY2(errors.contains("invalid_scope"), errors.constData());

        // The device flow: the browser goes to the verification URI with the code in it.
        QCOMPARE(login({u"--flow"_s, u"device"_s}, &json, &errors), 0);
        QVERIFY2(errors.contains("Enter the code "), errors.constData());
        QCOMPARE(json.value(u"id_token"_s)[u"claims"_s][u"preferred_username"_s].toString(), u"alice"_s);

        // Client credentials: no user, no browser, no ID token (the last --client-id counts).
        QFile secret(dir.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("web-app-secret-change-me-0123456789abcdef\n");
        secret.close();
        QCOMPARE(login({u"--flow"_s, u"client-credentials"_s, u"--client-id"_s, u"web-app"_s,
                           u"--client-secret-file"_s, secret.fileName()},
                     &json, &errors),
            0);
        QVERIFY(!json.value(u"tokens"_s)[u"access_token"_s].toString().isEmpty());
        QVERIFY(!json.contains(u"id_token"_s));
        QVERIFY(!errors.contains("Open this URL"));

        // A saved profile (no secret: nothing goes to the keychain) signs in without --issuer/--client-id.
        QCOMPARE(
            login({u"--scope"_s, u"openid email"_s, u"--save-profile"_s, u"local"_s}, &json, &errors), 0);
        const QString saved = QRegularExpression(u"Saved as profile \"local\" in (\\S+)"_s)
                                  .match(QString::fromUtf8(errors))
                                  .captured(1);
        QVERIFY2(saved.startsWith(dir.filePath(u"config"_s)), errors.constData());
        QCOMPARE(login({u"--profile"_s, u"local"_s}, &json, &errors), 0);
        QCOMPARE(json.value(u"client_id"_s).toString(), u"oidc-bench-client"_s);
        QCOMPARE(json.value(u"tokens"_s)[u"scope"_s].toString(), u"openid email"_s);
        QCOMPARE(login({u"--profile"_s, u"elsewhere"_s}, &json, &errors), 2);
        QVERIFY2(errors.contains("no profile named \"elsewhere\" (saved: local)"), errors.constData());

        // Bad arguments.
        QCOMPARE(login({u"--then"_s, u"dance"_s}, &json, &errors), 2);
        QCOMPARE(login({u"--flow"_s, u"implicit"_s}, &json, &errors), 2);
        QProcess bad;
        bad.start(binary(), {u"login"_s, u"--issuer"_s, issuer});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    // A saved profile's client secret and refresh token live in the keychain, never in profiles.json; run
    // against a real Secret Service by the TestServeCommandKeychain CTest entry (dbus-run-session +
    // gnome-keyring), skipped elsewhere.
    void profileSecretsInKeychain()
    {
        if (qEnvironmentVariableIntValue("OIDC_BENCH_EXPECT_KEYCHAIN") != 1)
            QSKIP("needs a Secret Service: run as the TestServeCommandKeychain CTest entry");
        QTemporaryDir dir;
        QProcess serve;
        const QString issuer = startServe(serve, dir);
        QVERIFY(!issuer.isEmpty());
        const QString config = dir.filePath(u"config"_s);
        QFile secret(dir.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("web-app-secret-change-me-0123456789abcdef");
        secret.close();
        QJsonObject json;
        QByteArray errors;
        QCOMPARE(runLogin(issuer, config,
                     {u"--client-id"_s, u"web-app"_s, u"--client-secret-file"_s, secret.fileName(),
                         u"--scope"_s, u"openid email offline_access"_s, u"--save-profile"_s, u"conf"_s},
                     &json, &errors),
            0);
        const QString refreshToken = json.value(u"tokens"_s)[u"refresh_token"_s].toString();
        QVERIFY(!refreshToken.isEmpty());
        const QString saved = QRegularExpression(u"Saved as profile \"conf\" in (\\S+)"_s)
                                  .match(QString::fromUtf8(errors))
                                  .captured(1);
        QFile profiles(saved);
        QVERIFY2(profiles.open(QIODevice::ReadOnly), errors.constData());
        const QByteArray text = profiles.readAll();
        QVERIFY(text.contains("\"client_secret_basic\""));
        QVERIFY(!text.contains("web-app-secret"));
        QVERIFY(!text.contains(refreshToken.toLatin1()));

        // No browser: the secret and the refresh token come from the keychain.
        const QStringList refresh{u"--profile"_s, u"conf"_s, u"--flow"_s, u"refresh"_s};
        QCOMPARE(runLogin(issuer, config, refresh, &json, &errors), 0);
        QVERIFY2(!errors.contains("Open this URL"), errors.constData());
        QVERIFY(!json.value(u"tokens"_s)[u"access_token"_s].toString().isEmpty());
        // Revoked: forgotten, so the next refresh has nothing to use.
        QCOMPARE(
            runLogin(issuer, config, refresh + QStringList{u"--then"_s, u"revoke-refresh"_s}, &json, &errors),
            0);
        QCOMPARE(runLogin(issuer, config, refresh, &json, &errors), 1);
        QVERIFY2(errors.contains("holds no refresh token"), errors.constData());

        // Without the secret in the keychain, a profile that needs one says so.
        QProcess remove;
        remove.start(
            binary(), {u"secret"_s, u"delete"_s, u"--issuer"_s, issuer, u"--client-id"_s, u"web-app"_s});
        QVERIFY(remove.waitForFinished(15000));
        QCOMPARE(remove.exitCode(), 0);
        QCOMPARE(runLogin(issuer, config, {u"--profile"_s, u"conf"_s}, &json, &errors), 1);
        QVERIFY2(errors.contains("the keychain has no secret for client web-app"), errors.constData());
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "TestServeCommand.moc"
