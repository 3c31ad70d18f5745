#pragma once

#include "client/ClientProfile.h"
#include "client/SecretStore.h"

#include <QList>
#include <QString>
#include <memory>

namespace client {

// Saved provider profiles: a JSON file with everything but secrets, and the secrets (client secrets,
// refresh tokens) in a SecretStore under keys per issuer and client_id.
//
// File: {"version": 1, "profiles": [ClientProfile::toJson(), ...]}, written atomically. A file that cannot
// be read is reported (with its line) and never overwritten by this store.
class ProfileStore
{
public:
    ProfileStore(QString path, std::shared_ptr<SecretStore> secrets);

    // <the user's configuration directory>/oidc-bench/profiles.json
    static QString defaultPath();

    // A missing file is an empty list. On error, *error says what and where; the store keeps what it had
    // and refuses to save until a load succeeds.
    bool load(QString* error);
    bool save(QString* error) const;

    const QList<ClientProfile>& profiles() const { return m_profiles; }
    const ClientProfile* find(const QString& name) const;
    // Adds the profile, or replaces the one with the same name.
    void put(const ClientProfile& profile);
    bool remove(const QString& name);

    SecretStore& secrets() { return *m_secrets; }
    void storeClientSecret(const ClientProfile& profile, const QByteArray& secret, SecretStore::Done done);
    void readClientSecret(const ClientProfile& profile, SecretStore::ReadDone done);
    void storeRefreshToken(const ClientProfile& profile, const QByteArray& token, SecretStore::Done done);
    void readRefreshToken(const ClientProfile& profile, SecretStore::ReadDone done);

private:
    QString m_path;
    std::shared_ptr<SecretStore> m_secrets;
    QList<ClientProfile> m_profiles;
    bool m_loadFailed = false;
};

} // namespace client
