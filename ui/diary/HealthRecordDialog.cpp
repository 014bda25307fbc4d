#include "HealthRecordDialog.h"

#include "common/PatientTitle.h"

#include "DiaryCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/RedFlagMatcher.h"
#include "diary/SideEffectCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

HealthRecordDialog::HealthRecordDialog(AppContext &context, qint64 patientId, Kind kind,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_kind(kind)
    , m_start(new QDateEdit(context.clock().today(), this))
    , m_endKnown(new QCheckBox(this))
    , m_end(new QDateEdit(context.clock().today(), this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_endKnown->setObjectName(QStringLiteral("endKnown"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    const QDate today = context.clock().today();
    m_start->setCalendarPopup(true);
    m_start->setMaximumDate(today);
    m_end->setCalendarPopup(true);
    m_end->setMaximumDate(today);
    m_end->setEnabled(false);
    connect(m_endKnown, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_error->setWordWrap(true);
    m_error->hide();
    // The end date's row, for the kinds that have one (a layout must get a parent).
    const auto endRow = [this] {
        auto *row = new QHBoxLayout;
        row->addWidget(m_endKnown);
        row->addWidget(m_end, 1);
        return row;
    };
    auto *form = new QFormLayout;
    QString note;
    QString title;

    switch (kind) {
    case Kind::SideEffect:
        title = tr("Record Side Effect");
        m_term = new QComboBox(this);
        m_term->setObjectName(QStringLiteral("termBox"));
        m_term->setEditable(true);
        m_term->setInsertPolicy(QComboBox::NoInsert);
        for (const CatalogTerm &term : SideEffectCatalog::terms())
            m_term->addItem(SideEffectCatalog::displayName(term.id), term.id);
        m_term->setCurrentIndex(-1);
        m_term->lineEdit()->setPlaceholderText(tr("Choose from the list or describe it"));
        m_severity = new QComboBox(this);
        m_severity->setObjectName(QStringLiteral("severityBox"));
        m_severity->addItem(tr("Mild"), QStringLiteral("mild"));
        m_severity->addItem(tr("Moderate"), QStringLiteral("moderate"));
        m_severity->addItem(tr("Severe"), QStringLiteral("severe"));
        m_endKnown->setText(tr("Gone on:"));
        form->addRow(tr("&What:"), m_term);
        form->addRow(tr("&Severity:"), m_severity);
        form->addRow(tr("&Began on:"), m_start);
        form->addRow(QString(), endRow());
        note = tr("Get medical help now for signs of a severe allergic reaction, trouble "
                  "breathing, swelling of the face, lips or throat, chest pain, or signs of a "
                  "serious infection.");
        break;
    case Kind::Infection:
        title = tr("Record Infection");
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        m_text->setPlaceholderText(tr("e.g. chest infection, urinary infection"));
        m_doctorTold = new QCheckBox(tr("The doctor has been told"), this);
        m_endKnown->setText(tr("Ended on:"));
        form->addRow(tr("&Infection:"), m_text);
        form->addRow(tr("&Began on:"), m_start);
        form->addRow(QString(), endRow());
        form->addRow(QString(), m_doctorTold);
        note = tr("Anakinra raises the risk of serious infections: tell your doctor about any "
                  "infection.");
        break;
    case Kind::Lab: {
        title = tr("Record Blood Test");
        m_term = new QComboBox(this);
        m_term->setObjectName(QStringLiteral("termBox"));
        for (const Analyte &analyte : Labs::analytes())
            m_term->addItem(tr("%1 (%2)").arg(Labs::displayName(analyte.id), analyte.unit),
                            analyte.id);
        m_value = new QDoubleSpinBox(this);
        m_value->setObjectName(QStringLiteral("valueEdit"));
        m_value->setRange(0, 10000);
        m_value->setDecimals(2);
        m_endKnown->hide();
        m_end->hide();
        form->addRow(tr("&Test:"), m_term);
        form->addRow(tr("&Result:"), m_value);
        form->addRow(tr("&Taken on:"), m_start);
        note = tr("Neutrophils are checked before the start, monthly for 3 months, then every 3 "
                  "months for a year.");
        break;
    }
    case Kind::Medicine:
        title = tr("Record Other Medicine or Vaccine");
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        m_text->setPlaceholderText(tr("Generic or brand name"));
        m_endKnown->setText(tr("Stopped on:"));
        form->addRow(tr("&Name:"), m_text);
        form->addRow(tr("&Started on:"), m_start);
        form->addRow(QString(), endRow());
        note = tr("Tell your doctor about every other medicine. Anakinra is not used with TNF "
                  "blockers, and live vaccines should not be given during treatment.");
        break;
    }

    auto *advice = new QLabel(note, this);
    advice->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HealthRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HealthRecordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PatientTitle::apply(this, context, patientId, title));
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void HealthRecordDialog::accept()
{
    const std::optional<QDate> end =
        m_endKnown->isChecked() ? std::optional<QDate>(m_end->date()) : std::nullopt;
    AddHealthRecordCommand::Record record;
    switch (m_kind) {
    case Kind::SideEffect: {
        SideEffect effect;
        effect.patientId = m_patientId;
        // A catalogue entry chosen as is, or the typed text (matched by core).
        const int chosen = m_term->findText(m_term->currentText());
        effect.term = m_term->currentText();
        if (chosen >= 0)
            effect.catalogId = m_term->itemData(chosen).toString();
        effect.severity = m_severity->currentData().toString();
        effect.onset = m_start->date();
        effect.resolved = end;
        if (!effect.catalogId) {
            const auto answer = askIfRedFlag(effect.term);
            if (!answer)
                return; // back to the dialog
            effect.redFlag = *answer;
        }
        record = effect;
        break;
    }
    case Kind::Infection: {
        Infection infection;
        infection.patientId = m_patientId;
        infection.description = m_text->text();
        infection.started = m_start->date();
        infection.ended = end;
        infection.doctorTold = m_doctorTold->isChecked();
        record = infection;
        break;
    }
    case Kind::Lab: {
        LabResult lab;
        lab.patientId = m_patientId;
        lab.analyte = m_term->currentData().toString();
        lab.value = m_value->value();
        lab.takenOn = m_start->date();
        record = lab;
        break;
    }
    case Kind::Medicine: {
        Medicine medicine;
        medicine.patientId = m_patientId;
        medicine.name = m_text->text();
        medicine.started = m_start->date();
        medicine.stopped = end;
        record = medicine;
        break;
    }
    }
    auto command = std::make_unique<AddHealthRecordCommand>(m_context, record);
    auto *added = command.get();
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_warnings = added->warnings();
    // The user has answered whether it is a red flag: no need to say it again.
    m_warnings.removeIf(
        [](const Warning &warning) { return warning.code == QLatin1String("red-flag-possible"); });
    QDialog::accept();
}

std::optional<bool> HealthRecordDialog::askIfRedFlag(const QString &typed)
{
    const RedFlagMatch match = RedFlagMatcher::builtIn().match(typed);
    if (match.confidence != RedFlagMatch::Confidence::Possible)
        return false;
    QStringList signs;
    for (const CatalogTerm &term : SideEffectCatalog::terms()) {
        if (term.group == CatalogTerm::Group::RedFlag)
            signs << QStringLiteral("• ") + SideEffectCatalog::displayName(term.id);
    }
    const int choice = m_context.prompts().choose(
        this, tr("A Sign to Get Help Now?"),
        tr("\"%1\" may be one of the signs that need medical help now:\n\n%2\n\nIs it one of "
           "them? If it is, stop using anakinra and get medical help now.")
            .arg(typed.simplified(), signs.join(QLatin1Char('\n'))),
        {tr("&Yes, It Is One"), tr("&No"), tr("Go &Back")});
    if (choice == 0)
        return true;
    if (choice == 1)
        return false;
    return std::nullopt;
}

} // namespace shotbook::ui
