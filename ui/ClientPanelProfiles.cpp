#include "client/Browser.h"
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "client/TimelineExport.h"
#include "client/TokenValidator.h"
#include "ui/ClientPanel.h"
#include "ui/LayoutState.h"
#include "ui/ProfileEditor.h"
#include "ui/SequenceDiagram.h"
#include "ui/Theme.h"
#include "ui/TimelineModel.h"
#include "ui/ValidationView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The Client tab's saved profiles: made, edited and deleted in the tab, their secrets in the keychain.

namespace ui {

void ClientPanel::setProfileStore(std::shared_ptr<client::ProfileStore> store)
{
    m_store = std::move(store);
    setProfiles(m_store ? m_store->profiles() : QList<client::ClientProfile>());
}

void ClientPanel::editProfile(bool fresh)
{
    if (!m_store)
        return;
    const int saved = m_profileBox->currentIndex() >= 0 ? m_profileBox->currentData().toInt() : -1;
    client::ClientProfile profile = saved >= 0 ? m_saved.at(saved)
        : m_builtInIssuer.isEmpty()            ? client::ClientProfile()
                                               : client::ClientProfile::builtIn(m_builtInIssuer);
    const QString oldName = fresh || saved < 0 ? QString() : profile.name;
    if (oldName.isEmpty())
        profile.name = profile.name.isEmpty() ? tr("New profile") : tr("%1 (copy)").arg(profile.name);
    auto* editor = new ProfileEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setProfile(profile, m_secretEdit->text());
    connect(editor, &QDialog::accepted, this, [this, editor, oldName] {
        QString error;
        if (const auto edited = editor->profile(&error))
            saveEditedProfile(*edited, oldName, editor->secret());
    });
    editor->open();
}

void ClientPanel::saveEditedProfile(
    const client::ClientProfile& profile, const QString& oldName, const QString& secret)
{
    if (!oldName.isEmpty() && oldName != profile.name)
        m_store->remove(oldName);
    m_store->put(profile);
    QString error;
    if (!m_store->save(&error)) {
        m_statusLabel->setText(tr("<b>The profile was not saved:</b> %1").arg(error.toHtmlEscaped()));
        return;
    }
    if (!secret.isEmpty()) {
        QPointer<ClientPanel> self(this);
        m_store->storeClientSecret(profile, secret.toUtf8(), [self](bool ok, const QString& why) {
            if (self && !ok)
                self->m_statusLabel->setText(
                    tr("<b>The client secret was not stored:</b> %1").arg(why.toHtmlEscaped()));
        });
    }
    setProfiles(m_store->profiles());
    m_profileBox->setCurrentIndex(m_profileBox->findText(profile.name));
    m_statusLabel->setText(tr("Profile \"%1\" saved.").arg(profile.name.toHtmlEscaped()));
}

void ClientPanel::deleteProfile()
{
    const int saved = m_profileBox->currentIndex() >= 0 ? m_profileBox->currentData().toInt() : -1;
    if (!m_store || saved < 0)
        return;
    const client::ClientProfile profile = m_saved.at(saved);
    if (QMessageBox::question(this, tr("Delete profile"),
            tr("Delete the profile \"%1\" and its stored client secret?").arg(profile.name))
        != QMessageBox::Yes)
        return;
    m_store->remove(profile.name);
    QString error;
    if (!m_store->save(&error)) {
        m_statusLabel->setText(tr("<b>The profile was not deleted:</b> %1").arg(error.toHtmlEscaped()));
        m_store->put(profile);
        return;
    }
    // The secret goes too, unless another profile is the same client at the same issuer.
    const QString key = client::ClientProfile::clientSecretKey(profile.issuer, profile.clientId);
    const bool shared = std::any_of(
        m_store->profiles().cbegin(), m_store->profiles().cend(), [&](const client::ClientProfile& p) {
            return client::ClientProfile::clientSecretKey(p.issuer, p.clientId) == key;
        });
    if (!shared)
        m_store->secrets().remove(key, [](bool, const QString&) {});
    setProfiles(m_store->profiles());
    m_statusLabel->setText(tr("Profile \"%1\" deleted.").arg(profile.name.toHtmlEscaped()));
}

void ClientPanel::rebuildProfiles()
{
    const QString current = m_profileBox->currentText();
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    if (!m_builtInIssuer.isEmpty())
        m_profileBox->addItem(tr("Built-in provider (%1)").arg(m_builtInIssuer), -1);
    for (int i = 0; i < m_saved.size(); ++i)
        m_profileBox->addItem(m_saved.at(i).name, i);
    const int keep = m_profileBox->findText(current);
    m_profileBox->setCurrentIndex(keep >= 0 ? keep : 0);
    selectProfile(m_profileBox->currentIndex());
}

} // namespace ui
