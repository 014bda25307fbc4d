#include "ConnectDialog.h"

#include "storage/ServerLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Shared Record"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("server.home, or a socket folder such as /var/run/postgresql"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your own login, e.g. mother"));
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("an entry of ~/.pg_service.conf (instead of the above)"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *intro = new QLabel(
        tr("One record shared by a household or a care team on a PostgreSQL server. Each "
           "caregiver signs in as their own user; the password is never stored by Shotbook: put "
           "it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) or the service file."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Service name:"), m_service);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ConnectDialog::location() const
{
    return m_location;
}

void ConnectDialog::update()
{
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value() > 0 ? m_port->value() : -1;
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    const QString service = m_service->text().trimmed();
    if (!service.isEmpty())
        location.connectOptions = QStringLiteral("service=") + service;
    m_location.clear();
    if (location.database.isEmpty() && service.isEmpty()) {
        m_preview->setText(tr("Name the database, or a service."));
    } else if (const auto parsed = ServerLocation::parse(location.display()); !parsed) {
        m_preview->setText(parsed.error().message);
    } else {
        m_location = location.display();
        m_preview->setText(tr("Shotbook opens %1").arg(m_location));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_location.isEmpty());
}

} // namespace shotbook::ui
