#include "PatientTitle.h"

#include "AppContext.h"
#include "patients/PatientRepository.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>

namespace shotbook::ui {

namespace {

class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(PatientTitle)
};

} // namespace

QString PatientTitle::name(AppContext &context, qint64 patientId)
{
    PatientRepository patients(context.database(), context.clock());
    const auto patient = patients.get(patientId);
    return patient ? patient->name : QString();
}

QLabel *PatientTitle::apply(QDialog *dialog, AppContext &context, qint64 patientId,
                            const QString &action)
{
    const QString patient = name(context, patientId);
    dialog->setWindowTitle(
        patient.isEmpty()
            ? action
            : Texts::tr("%1 — %2", "dialog title: action — patient").arg(action, patient));
    auto *heading = new QLabel(dialog);
    heading->setObjectName(QStringLiteral("patientHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(
        patient.isEmpty()
            ? action
            : Texts::tr("%1 for %2", "dialog heading: action for patient").arg(action, patient));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    heading->setAccessibleName(heading->text());
    return heading;
}

} // namespace shotbook::ui
