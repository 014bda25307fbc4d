#include "PatientsView.h"

#include "common/LocaleFormat.h"
#include "common/ViewRefresher.h"

#include "common/TimeText.h"

#include "AddPatientDialog.h"
#include "PatientCommands.h"
#include "PatientListModel.h"
#include "WeightDialog.h"
#include "charts/ChartSource.h"
#include "charts/DoseWeightChart.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/UserPrompts.h"
#include "common/WeightUnit.h"
#include "patients/PatientRepository.h"
#include "patients/WeightRepository.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

PatientsView::PatientsView(AppContext &context, PatientListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
    , m_list(new QListView(this))
    , m_details(new QLabel(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_chart(new DoseWeightChart(this))
{
    m_details->setObjectName(QStringLiteral("details"));
    m_list->setModel(&m_model);
    m_list->setAccessibleName(tr("Patients"));
    m_list->setMaximumWidth(280);
    m_list->setObjectName(QStringLiteral("patientList"));
    new EmptyState(m_list, tr("No patient yet — Add Patient…"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);

    auto *add = new QPushButton(tr("&Add Patient…"), this);
    connect(add, &QPushButton::clicked, this, &PatientsView::addPatient);
    connect(m_rename, &QPushButton::clicked, this, &PatientsView::renamePatient);
    connect(m_remove, &QPushButton::clicked, this, &PatientsView::removePatient);

    auto *weight = new QPushButton(tr("Record &Weight…"), this);
    connect(weight, &QPushButton::clicked, this, &PatientsView::recordWeight);
    auto *regimen = new QPushButton(tr("Set Re&gimen…"), this);
    connect(regimen, &QPushButton::clicked, this, &PatientsView::setRegimenRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(weight);
    buttons->addWidget(regimen);

    auto *right = new QVBoxLayout;
    right->addWidget(m_details);
    right->addWidget(m_chart, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    // The list follows the toolbar's patient and sets it.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_context.setCurrentPatientId(m_model.patientAt(index.row()).id);
            });
    auto *refresher = new ViewRefresher(this, m_context,
                                        DataKind::Patients | DataKind::Regimens | DataKind::Weights,
                                        [this] { showCurrent(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PatientsView::showCurrent);
    refresher->loadFirst(); // the dose and weight chart: not before it is shown
}

void PatientsView::showCurrent()
{
    const int row = m_model.rowOf(m_context.currentPatientId());
    m_rename->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row < 0) {
        m_details->setText(tr("No patient yet. Add the person whose injections you record."));
        return;
    }
    m_list->setCurrentIndex(m_model.index(row));
    const Patient &patient = m_model.patientAt(row);
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<h2>%1</h2>").arg(patient.name.toHtmlEscaped());
    if (patient.birth) {
        lines << tr("Born %1 (%2)")
                     .arg(locale.toString(*patient.birth, QLocale::LongFormat),
                          TimeText::age(*patient.birth, m_context.clock().today()));
    } else {
        lines << tr("Date of birth not entered");
    }
    PatientRepository patients(m_context.database(), m_context.clock());
    const auto weight = patients.latestWeight(patient.id, m_context.clock().today());
    const WeightUnit unit(AppSettings().weightInPounds());
    if (weight && *weight)
        lines << tr("Weight %1 on %2")
                     .arg(unit.format((*weight)->kg),
                          locale.toString((*weight)->measuredOn, QLocale::ShortFormat));
    else
        lines << tr("No weight recorded");

    lines << QStringLiteral("<h3>%1</h3>").arg(tr("Regimens"));
    RegimenService regimens(m_context.database(), m_context.clock());
    const auto history = regimens.history(patient.id);
    const auto current = regimens.regimenOn(patient.id, m_context.clock().today());
    if (history && !history->isEmpty()) {
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            const Regimen &regimen = *it;
            QStringList times;
            for (const QTime &time : regimen.times)
                times << shotbook::locale::shortTime(time);
            const QString amount =
                regimen.isWeightBased()
                    ? tr("%1 mg/kg/day").arg(locale.toString(*regimen.mgPerKgPerDay))
                    : tr("%1 mg/day").arg(locale.toString(*regimen.dailyMg));
            QString line =
                tr("From %1: %2, %n injection(s) a day at %3", nullptr, regimen.dosesPerDay)
                    .arg(locale.toString(regimen.start, QLocale::ShortFormat), amount,
                         times.join(QStringLiteral(", ")));
            if (regimen.everyDays == 2)
                line += tr(", every other day");
            if (regimen.days)
                line += tr(", for %n day(s)", nullptr, *regimen.days);
            if (!regimen.prescriber.isEmpty())
                line += tr(" (prescribed by %1)").arg(regimen.prescriber.toHtmlEscaped());
            if (current && *current && (*current)->id == regimen.id)
                line = QStringLiteral("<b>%1</b> — %2").arg(line, tr("current"));
            if (!regimen.note.isEmpty())
                line +=
                    QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i>").arg(regimen.note.toHtmlEscaped());
            lines << line;
        }
    } else {
        lines << tr("No regimen yet: set the one your doctor prescribed.");
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));

    // The whole history, as the Charts view's "Dose and weight" shows it.
    ChartSource source(m_context.database(), m_context.clock());
    if (const auto range = source.fullRange(patient.id))
        if (const auto doses = source.doseWeight(patient.id, *range))
            m_chart->setData(*doses, unit);
}

void PatientsView::recordWeight()
{
    const int row = m_model.rowOf(m_context.currentPatientId());
    if (row < 0)
        return;
    const WeightUnit unit(AppSettings().weightInPounds());
    WeightDialog dialog(m_context, m_model.patientAt(row).id, unit, this);
    dialog.exec();
}

void PatientsView::addPatient()
{
    AddPatientDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted && dialog.addedPatientId())
        m_context.setCurrentPatientId(*dialog.addedPatientId());
}

void PatientsView::renamePatient()
{
    const int row = m_model.rowOf(m_context.currentPatientId());
    if (row < 0)
        return;
    const Patient patient = m_model.patientAt(row);
    const auto name =
        m_context.prompts().text(this, tr("Rename Patient"), tr("New name:"), patient.name);
    if (!name || *name == patient.name)
        return;
    auto command =
        std::make_unique<RenamePatientCommand>(m_context, patient.id, patient.name, *name);
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done)
        m_context.prompts().error(this, tr("Rename Patient"), done.error().message);
}

void PatientsView::removePatient()
{
    const int row = m_model.rowOf(m_context.currentPatientId());
    if (row < 0)
        return;
    const Patient patient = m_model.patientAt(row);
    const QString text =
        tr("Remove %1 and every record of them from this database?\n\n"
           "This cannot be undone. Backups made before now still hold their records.")
            .arg(patient.name);
    if (!m_context.prompts().confirm(this, tr("Remove Patient"), text,
                                     tr("Remove %1").arg(patient.name)))
        return;
    if (auto removed = removePatientForGood(m_context, patient.id); !removed)
        m_context.prompts().error(this, tr("Remove Patient"), removed.error().message);
}

} // namespace shotbook::ui
