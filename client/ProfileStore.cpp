#include "client/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace client {

namespace {

int lineOf(const QByteArray& text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

ProfileStore::ProfileStore(QString path, std::shared_ptr<SecretStore> secrets)
    : m_path(std::move(path))
    , m_secrets(std::move(secrets))
{ }

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles.json"_s;
}

bool ProfileStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_profiles.clear();
        m_loadFailed = false;
        return true;
    }
    auto fail = [&](const QString& why) {
        m_loadFailed = true;
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"line %1: %2"_s.arg(lineOf(text, parseError.offset)).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"version"_s).toInt() != 1 || !root.value(u"profiles"_s).isArray())
        return fail(u"not a profiles file of version 1 ({\"version\": 1, \"profiles\": [...]})"_s);
    QList<ClientProfile> profiles;
    const QJsonArray list = root.value(u"profiles"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        const auto profile = ClientProfile::fromJson(list.at(i).toObject(), &why);
        if (!profile)
            return fail(u"profile %1: %2"_s.arg(i + 1).arg(why));
        const bool duplicate = std::any_of(profiles.cbegin(), profiles.cend(),
            [&](const ClientProfile& p) { return p.name == profile->name; });
        if (duplicate)
            return fail(u"profile %1: the name \"%2\" is used twice"_s.arg(i + 1).arg(profile->name));
        profiles.append(*profile);
    }
    m_profiles = profiles;
    m_loadFailed = false;
    return true;
}

bool ProfileStore::save(QString* error) const
{
    if (m_loadFailed) {
        *error = u"%1 could not be read, so it is not overwritten: fix or move it first"_s.arg(
            QDir::toNativeSeparators(m_path));
        return false;
    }
    QJsonArray list;
    for (const ClientProfile& profile : m_profiles)
        list.append(profile.toJson());
    const QByteArray text = QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"profiles"_s, list}})
                                .toJson(QJsonDocument::Indented);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_path), file.errorString());
    return false;
}

const ClientProfile* ProfileStore::find(const QString& name) const
{
    for (const ClientProfile& profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

void ProfileStore::put(const ClientProfile& profile)
{
    for (ClientProfile& existing : m_profiles) {
        if (existing.name == profile.name) {
            existing = profile;
            return;
        }
    }
    m_profiles.append(profile);
}

bool ProfileStore::remove(const QString& name)
{
    return m_profiles.removeIf([&](const ClientProfile& p) { return p.name == name; }) > 0;
}

void ProfileStore::storeClientSecret(
    const ClientProfile& profile, const QByteArray& secret, SecretStore::Done done)
{
    m_secrets->write(
        ClientProfile::clientSecretKey(profile.issuer, profile.clientId), secret, std::move(done));
}

void ProfileStore::readClientSecret(const ClientProfile& profile, SecretStore::ReadDone done)
{
    m_secrets->read(ClientProfile::clientSecretKey(profile.issuer, profile.clientId), std::move(done));
}

void ProfileStore::storeRefreshToken(
    const ClientProfile& profile, const QByteArray& token, SecretStore::Done done)
{
    m_secrets->write(
        ClientProfile::refreshTokenKey(profile.issuer, profile.clientId), token, std::move(done));
}

void ProfileStore::readRefreshToken(const ClientProfile& profile, SecretStore::ReadDone done)
{
    m_secrets->read(ClientProfile::refreshTokenKey(profile.issuer, profile.clientId), std::move(done));
}

} // namespace client
