#include "ui/ControlApiDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ui {

ControlApiDialog::ControlApiDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Control API"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("A test suite can drive this provider while it runs: add and remove faults, "
                                "forget every grant and session between test cases, move the clock. Its "
                                "changes show on the Faults and Clock pages and are kept in the workspace "
                                "like changes made there. Every call needs the bearer token below."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_on = new QCheckBox(tr("&Switch the control API on"), this);
    m_on->setObjectName(QStringLiteral("controlApiOn"));
    layout->addWidget(m_on);

    auto* grid = new QGridLayout;
    const auto readOnly = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return edit;
    };
    m_url = readOnly(QStringLiteral("controlApiUrl"));
    m_token = readOnly(QStringLiteral("controlApiToken"));
    m_copyUrl = new QPushButton(tr("Copy"), this);
    m_copyToken = new QPushButton(tr("Cop&y"), this);
    m_newToken = new QPushButton(tr("&New token"), this);
    m_newToken->setObjectName(QStringLiteral("newControlToken"));
    m_newToken->setToolTip(tr("Replace the token: calls with the old one are refused from now on"));
    auto* urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(m_copyUrl, 0, 2);
    grid->addWidget(tokenLabel, 1, 0);
    grid->addWidget(m_token, 1, 1);
    grid->addWidget(m_copyToken, 1, 2);
    grid->addWidget(m_newToken, 1, 3);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("controlApiState"));
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    m_example = new QPlainTextEdit(this);
    m_example->setObjectName(QStringLiteral("controlApiExample"));
    m_example->setReadOnly(true);
    m_example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_example->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_example, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_on, &QCheckBox::toggled, this, &ControlApiDialog::switched);
    connect(m_newToken, &QPushButton::clicked, this, &ControlApiDialog::newTokenWanted);
    connect(m_copyUrl, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(m_copyToken, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_token->text()); });
    resize(660, 430);
    setState({}, {});
}

void ControlApiDialog::setState(const QString& url, const QByteArray& token)
{
    const bool on = !token.isEmpty();
    {
        const QSignalBlocker blocker(m_on);
        m_on->setChecked(on);
    }
    m_url->setText(url);
    m_token->setText(QString::fromLatin1(token));
    m_copyUrl->setEnabled(!url.isEmpty());
    m_copyToken->setEnabled(on);
    m_newToken->setEnabled(on);
    m_where->setText(!on    ? tr("The control API is off: its address answers 404.")
            : url.isEmpty() ? tr("The provider is stopped: the control API answers once it runs again.")
                            : tr("Answering at the address above. docs/control-api.md lists every call."));
    if (!on || url.isEmpty()) {
        m_example->clear();
        return;
    }
    // Ready to paste into a shell (the token is shown anyway, above).
    m_example->setPlainText(QStringLiteral(
        "export OIDC=%1\n"
        "export AUTH='Authorization: Bearer %2'\n"
        "\n"
        "# %3\n"
        "curl -s -X POST \"$OIDC/faults\" -H \"$AUTH\" -H 'Content-Type: application/json' \\\n"
        "     -d '{\"fault\": \"token.invalid_grant\", \"times\": 1}'\n"
        "# %4\n"
        "curl -s -X POST \"$OIDC/reset\" -H \"$AUTH\"\n"
        "# %5\n"
        "curl -s -X POST \"$OIDC/clock\" -H \"$AUTH\" -H 'Content-Type: application/json' \\\n"
        "     -d '{\"advance_seconds\": 3600}'\n")
                                .arg(url, QString::fromLatin1(token), tr("The next token request fails."),
                                    tr("Forget every code, token, session and consent."),
                                    tr("One hour later: tokens issued now have expired.")));
}

} // namespace ui
