#pragma once

#include "common/DataCommand.h"
#include "common/Warning.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecords.h"

#include <QCoreApplication>

#include <variant>

namespace shotbook::ui {

// Saves a diary day; undo puts back what the day held before.
class SaveDiaryDayCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveDiaryDayCommand)

public:
    SaveDiaryDayCommand(AppContext &context, qint64 patientId, DiaryDay before, DiaryDay after);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_patientId;
    DiaryDay m_before;
    DiaryDay m_after;
};

// Adds a side effect, infection, lab result or medicine; undo removes it.
class AddHealthRecordCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddHealthRecordCommand)

public:
    using Record = std::variant<SideEffect, Infection, LabResult, Medicine>;
    AddHealthRecordCommand(AppContext &context, Record record);
    const Warnings &warnings() const { return m_warnings; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Record m_record;
    Warnings m_warnings;
};

// Marks a side effect gone, an infection ended or a medicine stopped; undo
// opens it again.
class EndHealthRecordCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndHealthRecordCommand)

public:
    EndHealthRecordCommand(AppContext &context, RecordKind kind, qint64 id, QDate day);

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordKind m_kind;
    qint64 m_id;
    QDate m_day;
};

} // namespace shotbook::ui
