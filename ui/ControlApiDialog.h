#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ui {

// The window's provider's control API (docs/control-api.md): whether it is on, its address and bearer token
// to copy into a test suite, and a new token. Shows what the window says (setState); asks the window for
// changes (switched, newTokenWanted).
class ControlApiDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ControlApiDialog(QWidget* parent = nullptr);

    // `url`: the API's base, empty while the provider is stopped; `token`: empty while the API is off.
    void setState(const QString& url, const QByteArray& token);

signals:
    void switched(bool on);
    void newTokenWanted();

private:
    QCheckBox* m_on;
    QLabel* m_where;
    QLineEdit* m_url;
    QLineEdit* m_token;
    QPushButton* m_copyUrl;
    QPushButton* m_copyToken;
    QPushButton* m_newToken;
    QPlainTextEdit* m_example;
};

} // namespace ui
