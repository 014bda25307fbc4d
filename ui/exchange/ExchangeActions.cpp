#include "ExchangeActions.h"

#include "ImportCommand.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "exchange/CsvExport.h"
#include "exchange/FhirExport.h"
#include "exchange/InjectionImport.h"
#include "patients/PatientRepository.h"

#include <QDir>
#include <QWidget>

namespace shotbook::ui {

ExchangeActions::ExchangeActions(AppContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{}

void ExchangeActions::exportCsv()
{
    UserPrompts &prompts = m_context.prompts();
    PatientRepository patients(m_context.database(), m_context.clock());
    const auto all = patients.list();
    if (!all) {
        prompts.error(m_window, tr("Export CSV"), all.error().message);
        return;
    }
    CsvExport::Options options;
    if (all->size() > 1 && m_context.currentPatientId() > 0) {
        const auto current = patients.get(m_context.currentPatientId());
        const int choice = prompts.choose(
            m_window, tr("Export CSV"), tr("Export the record of which patients?"),
            {current ? tr("Only %1").arg(current->name) : tr("Only this patient"),
             tr("All %n patients", nullptr, static_cast<int>(all->size())), tr("Cancel")});
        if (choice < 0 || choice == 2)
            return;
        if (choice == 0)
            options.patientId = m_context.currentPatientId();
    }
    const QString parent = prompts.folderName(m_window, tr("Export CSV: Choose a Folder"));
    if (parent.isEmpty())
        return;
    const QString folder = CsvExport::freeFolderName(parent, m_context.clock().today());
    CsvExport exporter(m_context.database(), m_context.clock());
    const auto written = exporter.write(folder, options);
    if (!written) {
        prompts.error(m_window, tr("Export CSV"), written.error().message);
        return;
    }
    Q_EMIT message(
        tr("Wrote %n CSV file(s) to %1.", nullptr, static_cast<int>(written->files.size()))
            .arg(QDir::toNativeSeparators(written->folder)));
}

void ExchangeActions::exportFhir()
{
    if (m_context.currentPatientId() <= 0)
        return;
    UserPrompts &prompts = m_context.prompts();
    const QString path =
        prompts.saveFileName(m_window, tr("Export FHIR"), tr("FHIR JSON files (*.json)"));
    if (path.isEmpty())
        return;
    FhirExport exporter(m_context.database(), m_context.clock());
    const auto written =
        exporter.write(m_context.currentPatientId(), path, std::nullopt, std::nullopt);
    if (!written) {
        prompts.error(m_window, tr("Export FHIR"), written.error().message);
        return;
    }
    Q_EMIT message(
        tr("Wrote a FHIR R4 bundle of %n resource(s) to %1.", nullptr, written->resources)
            .arg(QDir::toNativeSeparators(written->path)));
}

void ExchangeActions::importCsv()
{
    const qint64 patientId = m_context.currentPatientId();
    if (patientId <= 0)
        return;
    UserPrompts &prompts = m_context.prompts();
    const QString path = prompts.openFileName(m_window, tr("Import CSV"),
                                              tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    PatientRepository patients(m_context.database(), m_context.clock());
    const auto patient = patients.get(patientId);
    if (!patient) {
        prompts.error(m_window, tr("Import CSV"), patient.error().message);
        return;
    }

    // Every row is checked first, nothing written; then the user decides.
    InjectionImport import(m_context.database(), m_context.clock());
    InjectionImport::Options check;
    check.patientId = patientId;
    check.dryRun = true;
    const auto preview = import.run(path, check);
    if (!preview) {
        if (preview.error().details.isEmpty())
            prompts.error(m_window, tr("Import CSV"), preview.error().message);
        else
            prompts.problems(m_window, tr("Import CSV"), preview.error().message,
                             preview.error().details);
        return;
    }
    if (preview->imported == 0) {
        prompts.error(m_window, tr("Import CSV"),
                      tr("There is nothing new to import: %n row(s) are already in %1's log.",
                         nullptr, preview->alreadyPresent)
                          .arg(patient->name));
        return;
    }
    QString text =
        tr("Import %n injection(s) into %1's log?", nullptr, preview->imported).arg(patient->name);
    if (preview->alreadyPresent > 0)
        text += QLatin1Char(' ') + tr("%n row(s) are already in the log and are left out.", nullptr,
                                      preview->alreadyPresent);
    text +=
        QLatin1Char(' ') + tr("They are recorded as history: no syringes are taken from stock.");
    for (const Warning &warning : preview->warnings) {
        if (warning.code != QLatin1String("already-present"))
            text += QStringLiteral("\n\n") + warning.message;
    }
    if (!prompts.confirm(m_window, tr("Import CSV"), text, tr("&Import")))
        return;
    auto command = std::make_unique<ImportCommand>(m_context, path, patientId);
    ImportCommand *raw = command.get();
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        if (done.error().details.isEmpty())
            prompts.error(m_window, tr("Import CSV"), done.error().message);
        else
            prompts.problems(m_window, tr("Import CSV"), done.error().message,
                             done.error().details);
        return;
    }
    Q_EMIT message(tr("Imported %n injection(s) into %1's log (Edit ▸ Undo takes them out "
                      "again).",
                      nullptr, raw->report().imported)
                       .arg(patient->name));
}

} // namespace shotbook::ui
