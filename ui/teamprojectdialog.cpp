#include "teamprojectdialog.h"

#include "store/databaseurl.h"
#include "teamkeyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int DefaultPort = 5432;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

TeamProjectDialog::TeamProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_project(new QLineEdit)
    , m_tls(new QComboBox)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring")))
    , m_keyringNote(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open Team Project"));
    auto *intro = new QLabel(tr("A team project lives in a PostgreSQL database that every analyst "
                                "of the team opens; what one imports or edits, the others see "
                                "at once."));
    intro->setWordWrap(true);
    m_host->setPlaceholderText(
        tr("db.example.org, or a socket folder such as /var/run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("the database, e.g. nps"));
    m_user->setPlaceholderText(tr("your PostgreSQL user"));
    m_project->setPlaceholderText(tr("the project in the database, e.g. customers_2025"));
    m_tls->addItem(tr("Prefer TLS (encrypted when the server offers it)"),
                   QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (unencrypted)"), QStringLiteral("disable"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    QString reason;
    m_keyring = TeamKeyring::available(&reason);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setForegroundRole(QPalette::PlaceholderText);
    if (m_keyring) {
        m_keyringNote->setText(tr("The password is kept in the system keyring, never in a file."));
    } else {
        m_remember->setEnabled(false);
        m_remember->setChecked(false);
        m_keyringNote->setText(tr("The system keyring is not available (%1), so the password "
                                  "cannot be remembered: NPS Studio asks for it each time.")
                                   .arg(reason));
    }
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(warning);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringNote);
    m_buttons->button(QDialogButtonBox::Open)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void TeamProjectDialog::setUrl(const DatabaseUrl &url)
{
    m_host->setText(url.host());
    m_port->setValue(url.port() > 0 ? url.port() : DefaultPort);
    m_database->setText(url.database());
    m_user->setText(url.user());
    m_project->setText(url.schema() == u"public" ? QString() : url.schema());
    QString mode = QStringLiteral("prefer");
    for (const auto &[key, value] : url.options()) {
        if (key == u"sslmode")
            mode = value;
    }
    const int index = m_tls->findData(mode);
    m_tls->setCurrentIndex(index < 0 ? 0 : index);
}

QString TeamProjectDialog::url() const
{
    const QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    QStringList query;
    // A socket folder is no host name a URL can hold: libpq takes it as the host parameter.
    if (host.startsWith(u'/')) {
        query << QStringLiteral("host=") + encoded(host)
              << QStringLiteral("port=") + QString::number(m_port->value());
    } else {
        text += (host.contains(u':') ? u'[' + host + u']' : encoded(host)) + u':'
                + QString::number(m_port->value());
    }
    text += u'/' + encoded(m_database->text().trimmed());
    query << QStringLiteral("sslmode=") + m_tls->currentData().toString();
    if (const QString project = m_project->text().trimmed(); !project.isEmpty())
        query << QStringLiteral("project=") + encoded(project);
    return text + u'?' + query.join(u'&');
}

QString TeamProjectDialog::password() const
{
    return m_password->text();
}

void TeamProjectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool TeamProjectDialog::rememberPassword() const
{
    return m_keyring && m_remember->isChecked();
}

void TeamProjectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(m_keyring && remember);
}

void TeamProjectDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TeamProjectDialog::accept()
{
    if (m_database->text().trimmed().isEmpty()) {
        setError(tr("Name the database that holds the project."));
        m_database->setFocus();
        return;
    }
    if (const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url()); !parsed) {
        setError(parsed.error());
        return;
    }
    setError({});
    QDialog::accept();
}

QString TeamProjectDialog::explain(const QString &error, const QString &user)
{
    const auto has = [&error](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied")
        || has("password is required"))
        return tr("The server refused the password for the user “%1”. Type it again (or leave "
                  "it empty to use PGPASSWORD or ~/.pgpass).")
            .arg(user);
    if (has("could not connect") || has("connection refused") || has("could not translate host")
        || has("timeout expired") || has("No such file or directory")
        || has("Network is unreachable"))
        return tr("Cannot reach the PostgreSQL server: check the host, the port and your network. "
                  "(%1)")
            .arg(error.trimmed());
    if (has("does not exist") && has("database"))
        return tr("The server has no such database. (%1)").arg(error.trimmed());
    if (has("SSL") || has("certificate"))
        return tr("The TLS connection failed: check the TLS mode and the server's certificate. "
                  "(%1)")
            .arg(error.trimmed());
    return error;
}
