#include "client/SecretStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace client {

void MemorySecretStore::write(const QString& key, const QByteArray& secret, Done done)
{
    m_secrets.insert(key, secret);
    done(true, {});
}

void MemorySecretStore::read(const QString& key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    done(it == m_secrets.cend() ? std::nullopt : std::optional(*it), {});
}

void MemorySecretStore::remove(const QString& key, Done done)
{
    m_secrets.remove(key);
    done(true, {});
}

QString MemorySecretStore::description() const
{
    return u"memory only: secrets are forgotten when the program ends"_s;
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

QString KeychainSecretStore::description() const
{
    return u"the system keychain (service \"%1\")"_s.arg(m_service);
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else if (read->error() != QKeychain::NoError)
            done(std::nullopt, read->errorString());
        else
            done(read->binaryData(), {});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        const bool ok
            = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

void openSecretStore(
    std::function<void(std::shared_ptr<SecretStore> store, const QString& keychainProblem)> done,
    const QString& service)
{
    auto keychain = std::make_shared<KeychainSecretStore>(service);
    const QString probe = u"oidc-bench-probe"_s;
    keychain->write(probe, "probe", [=](bool written, const QString& writeError) {
        if (!written) {
            done(std::make_shared<MemorySecretStore>(), writeError);
            return;
        }
        keychain->read(probe, [=](std::optional<QByteArray> secret, const QString& readError) {
            if (secret != QByteArray("probe")) {
                done(std::make_shared<MemorySecretStore>(),
                    readError.isEmpty() ? u"the keychain did not give back what was stored"_s : readError);
                return;
            }
            keychain->remove(probe, [=](bool, const QString&) { done(keychain, {}); });
        });
    });
}

} // namespace client
