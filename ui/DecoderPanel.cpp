#include "ui/DecoderPanel.h"

#include "core/http/FormUrlEncoded.h"
#include "ui/ValidationView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

DecoderPanel::DecoderPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* inputLabel = new QLabel(tr("Paste a &token (JWT) or a whole redirect URL:"), this);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("decoderInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setMaximumHeight(fontMetrics().height() * 6);
    inputLabel->setBuddy(m_input);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input);

    auto* form = new QFormLayout;
    m_keySource = new QComboBox(this);
    m_keySource->setObjectName(QStringLiteral("keySource"));
    m_keySource->addItem(tr("The issuer's JWKS (discovery)"), int(KeySource::Discovery));
    m_keySource->addItem(tr("A pasted key (JWK, JWK Set or PEM)"), int(KeySource::PastedKey));
    m_keySource->addItem(tr("The client secret (HS256/384/512)"), int(KeySource::Secret));
    m_keySource->addItem(tr("None: decode only"), int(KeySource::None));
    form->addRow(tr("&Signature key:"), m_keySource);
    m_issuerEdit = new QLineEdit(this);
    m_issuerEdit->setObjectName(QStringLiteral("decoderIssuer"));
    form->addRow(tr("&Issuer:"), m_issuerEdit);
    m_clientEdit = new QLineEdit(this);
    m_clientEdit->setObjectName(QStringLiteral("decoderClientId"));
    m_clientEdit->setPlaceholderText(tr("optional: the audience to expect"));
    form->addRow(tr("&Client ID:"), m_clientEdit);
    m_nonceEdit = new QLineEdit(this);
    m_nonceEdit->setObjectName(QStringLiteral("decoderNonce"));
    m_nonceEdit->setPlaceholderText(tr("optional: the nonce the request sent"));
    form->addRow(tr("&Nonce:"), m_nonceEdit);
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("decoderSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Client s&ecret:"), m_secretEdit);
    m_keyEdit = new QPlainTextEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("decoderKey"));
    m_keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyEdit->setMaximumHeight(fontMetrics().height() * 5);
    m_keyEdit->setPlaceholderText(tr("{\"kty\": ...}, {\"keys\": [...]} or -----BEGIN PUBLIC KEY-----"));
    form->addRow(tr("&Key:"), m_keyEdit);
    layout->addLayout(form);

    auto* row = new QHBoxLayout;
    m_decodeButton = new QPushButton(tr("&Decode and check"), this);
    m_decodeButton->setObjectName(QStringLiteral("decode"));
    m_decodeButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("decoderStatus"));
    m_statusLabel->setWordWrap(true);
    row->addWidget(m_decodeButton);
    row->addWidget(m_statusLabel, 1);
    layout->addLayout(row);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_output = new QPlainTextEdit(splitter);
    m_output->setObjectName(QStringLiteral("decoderOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_checks = new QTreeWidget(splitter);
    m_checks->setObjectName(QStringLiteral("decoderChecks"));
    m_checks->setHeaderLabels({tr("Token"), tr("Check"), tr("Result"), tr("Why")});
    m_checks->setRootIsDecorated(false);
    layout->addWidget(splitter, 1);

    auto update = [this] {
        const auto source = KeySource(m_keySource->currentData().toInt());
        m_keyEdit->setEnabled(source == KeySource::PastedKey);
        m_secretEdit->setEnabled(source == KeySource::Secret);
    };
    connect(m_keySource, &QComboBox::currentIndexChanged, this, update);
    update();
    connect(m_decodeButton, &QPushButton::clicked, this, &DecoderPanel::decode);
}

DecoderPanel::~DecoderPanel() = default;

void DecoderPanel::setDefaultIssuer(const QString& issuer)
{
    if (m_issuerEdit->text().isEmpty() || m_issuerEdit->text() == m_defaultIssuer)
        m_issuerEdit->setText(issuer);
    m_defaultIssuer = issuer;
}

QList<DecoderPanel::Found> DecoderPanel::tokensIn(const QString& input, QString* notes) const
{
    const QString text = input.trimmed();
    if (!text.startsWith(u"http://"_s) && !text.startsWith(u"https://"_s)) {
        // A token given alone is checked as an ID token when it looks like one.
        const QByteArray token = text.toUtf8();
        return {{tr("token"), token, true}};
    }
    const QUrl url(text);
    const QString encoded
        = url.hasFragment() ? url.fragment(QUrl::FullyEncoded) : url.query(QUrl::FullyEncoded);
    const auto params = core::FormData::parse(encoded.toUtf8());
    if (!params) {
        *notes = tr("The URL's parameters are malformed.");
        return {};
    }
    QList<Found> found;
    QStringList other;
    for (const auto& [key, value] : params->pairs()) {
        if (key == u"id_token"_s)
            found.append({key, value.toUtf8(), true});
        else if (key == u"access_token"_s && value.count(u'.') == 2)
            found.append({key, value.toUtf8(), false});
        else
            other.append(key + u" = "_s + value);
    }
    if (!other.isEmpty())
        *notes = tr("Other parameters: %1").arg(other.join(u", "_s));
    return found;
}

client::ValidationOptions DecoderPanel::options(const Found& found) const
{
    client::ValidationOptions o;
    o.expectedIssuer = m_issuerEdit->text().trimmed();
    o.clientId = m_clientEdit->text().trimmed();
    o.nonce = found.idToken ? m_nonceEdit->text().trimmed() : QString();
    o.idToken = found.idToken;
    if (KeySource(m_keySource->currentData().toInt()) == KeySource::Secret)
        o.clientSecret = m_secretEdit->text().toUtf8();
    return o;
}

void DecoderPanel::decode()
{
    m_rp.reset();
    m_output->clear();
    m_checks->clear();
    QString notes;
    m_pending = tokensIn(m_input->toPlainText(), &notes);
    m_statusLabel->setText(notes);
    if (m_pending.isEmpty()) {
        if (notes.isEmpty())
            m_statusLabel->setText(tr("Nothing to decode: paste a JWT or a redirect URL with id_token."));
        emit decoded();
        return;
    }
    const auto source = KeySource(m_keySource->currentData().toInt());
    if (source == KeySource::Discovery) {
        client::ClientProfile profile;
        profile.issuer = m_issuerEdit->text().trimmed();
        profile.clientId = m_clientEdit->text().trimmed();
        if (profile.issuer.isEmpty()) {
            m_statusLabel->setText(tr("<b>Give the issuer</b> whose JWKS should check the signature."));
            emit decoded();
            return;
        }
        m_rp = std::make_unique<client::RelyingParty>(profile);
        connect(m_rp.get(), &client::RelyingParty::finished, this, [this](const client::FlowResult& result) {
            const Found found = m_pending.takeFirst();
            if (result.idToken)
                show(found, *result.idToken);
            else
                m_statusLabel->setText(
                    tr("<b>The keys could not be fetched:</b> %1").arg(result.error.toHtmlEscaped()));
            // Next turn: finished() is still being delivered.
            QMetaObject::invokeMethod(this, &DecoderPanel::checkNext, Qt::QueuedConnection);
        });
        m_decodeButton->setEnabled(false);
        checkNext();
        return;
    }
    client::KeySource keys;
    if (source == KeySource::PastedKey) {
        QString error;
        const auto set = client::parseVerificationKeys(m_keyEdit->toPlainText().toUtf8(), &error);
        if (!set) {
            m_statusLabel->setText(tr("<b>The key is not usable:</b> %1").arg(error.toHtmlEscaped()));
            emit decoded();
            return;
        }
        keys = client::fixedKeys(*set);
    }
    for (const Found& found : std::exchange(m_pending, {}))
        show(found, client::validateToken(found.token, options(found), keys));
    emit decoded();
}

void DecoderPanel::checkNext()
{
    if (m_pending.isEmpty() || !m_rp) {
        m_decodeButton->setEnabled(true);
        emit decoded();
        return;
    }
    const Found& found = m_pending.first();
    m_rp->checkToken(found.token, options(found));
}

void DecoderPanel::show(const Found& found, const client::ValidationReport& report)
{
    const QString verdict
        = report.valid() ? tr("valid") : tr("invalid: %1").arg(report.failedChecks().join(u", "_s));
    m_output->appendPlainText(u"== %1: %2 ==\n"_s.arg(found.name, verdict)
        + client::tokenText(report, QDateTime::currentSecsSinceEpoch()));
    for (const client::ValidationCheck& check : report.checks) {
        addCheckRow(m_checks, {found.name, check.id}, check);
    }
    m_checks->resizeColumnToContents(1);
    if (m_statusLabel->text().isEmpty() || !report.valid())
        m_statusLabel->setText(report.valid()
                ? tr("%1 is valid.").arg(found.name)
                : tr("<b>%1 is invalid:</b> %2")
                      .arg(found.name.toHtmlEscaped(), report.failedChecks().join(u", "_s).toHtmlEscaped()));
}

} // namespace ui
