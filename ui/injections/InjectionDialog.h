#pragma once

#include "common/Error.h"
#include "injections/Injection.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace shotbook::ui {

class AppContext;
class BodyMapWidget;
class ServerLink;

// Logs a new injection (pre-filled with now and the regimen's dose) or changes
// one. Core's rules decide; a refusal is shown in the dialog, and a second dose
// for a filled slot is logged only when the user confirms it.
class InjectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectionDialog)

public:
    InjectionDialog(AppContext &context, qint64 patientId, QWidget *parent = nullptr);
    InjectionDialog(AppContext &context, const Injection &existing, QWidget *parent = nullptr);

    QLineEdit *givenByEdit() const { return m_givenBy; }
    std::optional<qint64> savedInjectionId() const { return m_savedId; }

    void setSite(const QString &zoneId);
    void accept() override;

private:
    void build();
    void updateVolume();
    void updateSiteWarnings();
    void loadBodyMap();
    InjectionInput input() const;
    Injection changed() const;
    bool confirmRefusal(const Error &refusal);
    bool save();
    // The shared record cannot be reached: asks, then keeps the dose in the outbox.
    bool keepOffline(ServerLink &link, const InjectionInput &newInput);

    AppContext &m_context;
    qint64 m_patientId;
    std::optional<Injection> m_existing;
    QLabel *m_heading = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QDoubleSpinBox *m_dose = nullptr;
    QLabel *m_volume = nullptr;
    QComboBox *m_site = nullptr;
    BodyMapWidget *m_map = nullptr;
    QLabel *m_siteWarnings = nullptr;
    QLineEdit *m_lot = nullptr;
    QLineEdit *m_givenBy = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    std::optional<qint64> m_savedId;
};

} // namespace shotbook::ui
