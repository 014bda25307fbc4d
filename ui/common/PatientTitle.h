#pragma once

#include <QString>

class QDialog;
class QLabel;
class QWidget;

namespace shotbook::ui {

class AppContext;

// A caregiver of two children must never wonder whose record a dialog writes
// to: every dialog that writes names the patient in its title and heading.
class PatientTitle final
{
public:
    // The patient's name, or an empty string when there is none.
    static QString name(AppContext &context, qint64 patientId);
    // Sets the window title "<action> — <name>" and returns a bold heading
    // label "<name>" for the top of the dialog.
    static QLabel *apply(QDialog *dialog, AppContext &context, qint64 patientId,
                         const QString &action);
};

} // namespace shotbook::ui
