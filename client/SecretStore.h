#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace client {

// Where client secrets and refresh tokens are kept: the operating system's keychain, never a plain settings
// file. Asynchronous, because keychains may ask the user; every call answers exactly once through `done`.
class SecretStore
{
public:
    using Done = std::function<void(bool ok, const QString& error)>;
    using ReadDone = std::function<void(std::optional<QByteArray> secret, const QString& error)>;

    virtual ~SecretStore() = default;
    virtual void write(const QString& key, const QByteArray& secret, Done done) = 0;
    // An unknown key answers std::nullopt with an empty error.
    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
    // Whether secrets outlive the process.
    virtual bool isPersistent() const = 0;
    // For the user: where the secrets are, e.g. "the system keychain".
    virtual QString description() const = 0;
};

// Secrets for this session only: what the program uses when no keychain answers, and says so.
class MemorySecretStore final : public SecretStore
{
public:
    void write(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, ReadDone done) override;
    void remove(const QString& key, Done done) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QByteArray> m_secrets;
};

// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), under the service name `service`.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("oidc-bench"));
    void write(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, ReadDone done) override;
    void remove(const QString& key, Done done) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

private:
    QString m_service;
};

// The keychain if it works (checked by writing, reading back and removing a probe), else memory; `done` gets
// the store and, for the memory fallback, why the keychain could not be used, to be shown to the user.
void openSecretStore(
    std::function<void(std::shared_ptr<SecretStore> store, const QString& keychainProblem)> done,
    const QString& service = QStringLiteral("oidc-bench"));

} // namespace client
