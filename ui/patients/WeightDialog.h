#pragma once

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;

namespace shotbook::ui {

class AppContext;
class WeightUnit;

// Records a dated weight (undoably), in kg or lb.
class WeightDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightDialog)

public:
    WeightDialog(AppContext &context, qint64 patientId, const WeightUnit &unit,
                 QWidget *parent = nullptr);

    void accept() override;

private:
    AppContext &m_context;
    qint64 m_patientId;
    bool m_pounds;
    QDoubleSpinBox *m_weight;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace shotbook::ui
