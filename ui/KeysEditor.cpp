#include "ui/KeysEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum Column { Kid, Type, Algorithm, Signs, Published };
}

KeysEditor::KeysEditor(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint
        = new QLabel(tr("The first key that signs is used for tokens; published keys are listed in the "
                        "JWKS. An unpublished signing key makes tokens no client can verify."),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"keys"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Key ID (kid)"), tr("Type"), tr("Algorithm"), tr("Signs"), tr("Published")});
    m_table->horizontalHeader()->setSectionResizeMode(Kid, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto* generateRow = new QHBoxLayout;
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(u"keyAlgorithm"_s);
    const QStringList algorithms = provider::SigningKey::generatableAlgorithms();
    for (const QString& alg : algorithms) {
        const QString label = alg.startsWith(u"RS"_s) || alg.startsWith(u"PS"_s)
            ? tr("%1 (RSA 2048)").arg(alg)
            : alg == u"EdDSA"_s ? tr("EdDSA (Ed25519)")
            : alg == u"ES256"_s ? tr("ES256 (EC P-256)")
                                : tr("ES384 (EC P-384)");
        m_algorithm->addItem(label, alg);
    }
    auto* generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(u"generateKey"_s);
    generate->setToolTip(tr("Add a key that is published but does not sign yet"));
    auto* rotate = new QPushButton(tr("R&otate"), this);
    rotate->setObjectName(u"rotateKey"_s);
    rotate->setToolTip(tr("Add a key that signs from now on; the keys that signed stay published"));
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeKey"_s);
    generateRow->addWidget(new QLabel(tr("New key:"), this));
    generateRow->addWidget(m_algorithm);
    generateRow->addWidget(generate);
    generateRow->addWidget(rotate);
    generateRow->addStretch(1);
    generateRow->addWidget(remove);
    layout->addLayout(generateRow);

    auto* exportRow = new QHBoxLayout;
    m_exportFormat = new QComboBox(this);
    m_exportFormat->setObjectName(u"exportFormat"_s);
    m_exportFormat->addItem(tr("Public JWK"), int(Export::PublicJwk));
    m_exportFormat->addItem(tr("Public key PEM"), int(Export::PublicPem));
    m_exportFormat->addItem(tr("Private JWK (secret!)"), int(Export::PrivateJwk));
    m_exportFormat->addItem(tr("Private key PEM (secret!)"), int(Export::PrivatePem));
    auto* copy = new QPushButton(tr("Cop&y"), this);
    copy->setObjectName(u"copyKey"_s);
    auto* save = new QPushButton(tr("&Save as…"), this);
    save->setObjectName(u"saveKey"_s);
    exportRow->addWidget(new QLabel(tr("Export the selected key as:"), this));
    exportRow->addWidget(m_exportFormat);
    exportRow->addWidget(copy);
    exportRow->addWidget(save);
    exportRow->addStretch(1);
    layout->addLayout(exportRow);
    layout->addWidget(errorLabel());

    connect(generate, &QPushButton::clicked, this, [this] { addKey(false); });
    connect(rotate, &QPushButton::clicked, this, [this] { addKey(true); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (!hasIssuer() || row < 0 || row >= issuer().keys.size())
            return;
        provider::Workspace candidate = m_workspace;
        candidate.issuers[issuerIndex()].keys.removeAt(row);
        if (commit(candidate))
            reload();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &KeysEditor::tableEdited);
    connect(copy, &QPushButton::clicked, this, [this] {
        const QByteArray text = exportText(exportFormat());
        if (text.isEmpty())
            showError(tr("Select a key (a shared secret has no PEM form)."));
        else
            QApplication::clipboard()->setText(QString::fromUtf8(text));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QByteArray text = exportText(exportFormat());
        if (text.isEmpty()) {
            showError(tr("Select a key (a shared secret has no PEM form)."));
            return;
        }
        const bool pem = exportFormat() == Export::PublicPem || exportFormat() == Export::PrivatePem;
        const QString kid = issuer().keys.at(m_table->currentRow()).jwk.kid();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export key"),
            (kid.isEmpty() ? u"key"_s : kid.left(16)) + (pem ? u".pem"_s : u".jwk.json"_s),
            pem ? tr("PEM files (*.pem)") : tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            // Private keys are for the owner's eyes only.
            if (exportFormat() == Export::PrivateJwk || exportFormat() == Export::PrivatePem)
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(text);
        }
        if (!file.commit())
            showError(tr("Could not write %1: %2").arg(path, file.errorString()));
    });
}

KeysEditor::Export KeysEditor::exportFormat() const
{
    return Export(m_exportFormat->currentData().toInt());
}

QByteArray KeysEditor::exportText(Export format) const
{
    const int row = m_table->currentRow();
    if (!hasIssuer() || row < 0 || row >= issuer().keys.size())
        return {};
    const jose::Jwk& jwk = issuer().keys.at(row).jwk;
    switch (format) {
    case Export::PublicJwk:
        // A shared secret has no public part: its "public" JWK would be empty.
        return jwk.type() == jose::KeyType::Oct
            ? QByteArray()
            : QJsonDocument(jwk.toPublicJson()).toJson(QJsonDocument::Indented);
    case Export::PrivateJwk:
        return QJsonDocument(jwk.toJson()).toJson(QJsonDocument::Indented);
    case Export::PublicPem:
        return jwk.toPem(false);
    case Export::PrivatePem:
        return jwk.toPem(true);
    }
    return {};
}

void KeysEditor::reload()
{
    const int current = m_table->currentRow();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (!hasIssuer())
        return;
    for (const provider::SigningKey& key : issuer().keys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* kid = new QTableWidgetItem(key.jwk.kid());
        kid->setFlags(kid->flags() & ~Qt::ItemIsEditable);
        kid->setToolTip(key.jwk.kid());
        m_table->setItem(row, Kid, kid);
        QString type = key.jwk.typeName();
        if (!key.jwk.curve().isEmpty())
            type += u' ' + key.jwk.curve();
        auto* typeItem = new QTableWidgetItem(type);
        typeItem->setFlags(typeItem->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Type, typeItem);
        auto* alg = new QTableWidgetItem(jose::algorithmName(key.jwk.defaultAlgorithm()));
        alg->setFlags(alg->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Algorithm, alg);
        for (const auto& [column, on] :
            {std::pair{int(Signs), key.active}, std::pair{int(Published), key.published}}) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column, item);
        }
        if (key.jwk.type() == jose::KeyType::Oct) {
            // A shared secret is never published (it would give the secret away).
            m_table->item(row, Published)->setFlags(Qt::ItemIsSelectable);
            m_table->item(row, Published)->setToolTip(tr("A shared secret is never published"));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Kid, QHeaderView::Stretch);
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

void KeysEditor::addKey(bool rotate)
{
    if (!hasIssuer())
        return;
    QString error;
    auto key = provider::SigningKey::generate(m_algorithm->currentData().toString(), &error);
    if (!key) {
        showError(error);
        return;
    }
    provider::Workspace candidate = m_workspace;
    provider::Issuer& target = candidate.issuers[issuerIndex()];
    if (rotate) {
        target.rotateKey(*key);
    } else {
        // Published ahead of use, as a provider announces its next key before it signs with it.
        key->active = false;
        target.keys.append(*key);
    }
    if (commit(candidate)) {
        reload();
        m_table->selectRow(rotate ? 0 : m_table->rowCount() - 1);
    }
}

void KeysEditor::tableEdited()
{
    if (loading() || !hasIssuer())
        return;
    provider::Workspace candidate = m_workspace;
    QList<provider::SigningKey>& keys = candidate.issuers[issuerIndex()].keys;
    for (int row = 0; row < m_table->rowCount() && row < keys.size(); ++row) {
        keys[row].active = m_table->item(row, Signs)->checkState() == Qt::Checked;
        if (keys[row].jwk.type() != jose::KeyType::Oct)
            keys[row].published = m_table->item(row, Published)->checkState() == Qt::Checked;
    }
    if (!commit(candidate))
        reload();
}

} // namespace ui
