#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace shotbook::ui {

class AppContext;

// Records a site reaction on a zone (undoably).
class ReactionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReactionDialog)

public:
    ReactionDialog(AppContext &context, qint64 patientId, const QString &zone,
                   QWidget *parent = nullptr);

    QComboBox *zoneBox() const { return m_zone; }

    void accept() override;

private:
    AppContext &m_context;
    qint64 m_patientId;
    QComboBox *m_zone;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QDateTimeEdit *m_started;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace shotbook::ui
