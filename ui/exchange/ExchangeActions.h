#pragma once

#include <QObject>

class QWidget;

namespace shotbook::ui {

class AppContext;

// The File menu's exports and import: CSV folder, FHIR file, CSV import.
// Every file name and question goes through the context's UserPrompts.
class ExchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    ExchangeActions(AppContext &context, QWidget *window);

public Q_SLOTS:
    // Every patient's record, or the current one's, as CSV files in a new
    // folder inside the one the user picks.
    void exportCsv();
    // The current patient's record as a FHIR R4 bundle.
    void exportFhir();
    // An injection log into the current patient's, after a check of every
    // row; refused with the list of problems, or one undoable edit.
    void importCsv();

Q_SIGNALS:
    void message(const QString &text);

private:
    AppContext &m_context;
    QWidget *m_window;
};

} // namespace shotbook::ui
