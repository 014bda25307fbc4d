#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shotbook::ui {

// File ▸ Connect to a Shared Record…: where the record lives on a PostgreSQL
// server (host, port, database, user, or a libpq service name), as the
// postgresql:// location --db takes. No password field: Shotbook never
// stores one (libpq reads ~/.pgpass or the service file).
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The location as --db takes it, or empty while the fields name none.
    QString location() const;

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_service;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QString m_location;
};

} // namespace shotbook::ui
