#include "client/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The secret store: memory, and the system keychain through QtKeychain. CTest runs this twice: once inside a
// private D-Bus session with gnome-keyring's Secret Service (OIDC_BENCH_EXPECT_KEYCHAIN=1: the keychain must
// be used), once without any D-Bus session (the program must fall back to memory and say why).
class TestSecretStore : public QObject
{
    Q_OBJECT

    // Write, read back, overwrite, remove, read nothing: the contract every store keeps.
    static void roundTrip(client::SecretStore& store)
    {
        const QString key = u"profile:test:client_secret"_s;
        // Binary-safe: UTF-8, a NUL byte and all.
        const QByteArray secret = QByteArray("s3cr\xc3\xa9t with ") + '\0' + QByteArray(" a NUL");
        bool done = false;
        store.write(key, secret, [&](bool ok, const QString& error) {
            QVERIFY2(ok, qPrintable(error));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        std::optional<QByteArray> read;
        done = false;
        store.read(key, [&](std::optional<QByteArray> value, const QString&) {
            read = value;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(read, std::optional(secret));
        done = false;
        store.remove(key, [&](bool ok, const QString& error) {
            QVERIFY2(ok, qPrintable(error));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        done = false;
        QString readError = u"unset"_s;
        store.read(key, [&](std::optional<QByteArray> value, const QString& error) {
            read = value;
            readError = error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!read);
        QVERIFY2(readError.isEmpty(), qPrintable(readError)); // unknown, not an error
    }

private slots:
    void memoryStore()
    {
        client::MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(store.description().contains(u"memory"_s));
        roundTrip(store);
    }

    void systemKeychainOrFallback()
    {
        const bool expectKeychain = qEnvironmentVariableIntValue("OIDC_BENCH_EXPECT_KEYCHAIN") == 1;
        std::shared_ptr<client::SecretStore> store;
        QString problem = u"unset"_s;
        client::openSecretStore(
            [&](std::shared_ptr<client::SecretStore> opened, const QString& why) {
                store = opened;
                problem = why;
            },
            u"oidc-bench-test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(store, 20000);
        if (expectKeychain) {
            QVERIFY2(store->isPersistent(), qPrintable(problem));
            QVERIFY(problem.isEmpty());
            QVERIFY(store->description().contains(u"keychain"_s));
        } else {
            // No Secret Service: memory, and a reason the user can be shown.
            QVERIFY(!store->isPersistent());
            QVERIFY(!problem.isEmpty());
        }
        roundTrip(*store);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
