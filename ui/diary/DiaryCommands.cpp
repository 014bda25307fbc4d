#include "DiaryCommands.h"

#include "common/AppContext.h"
#include "diary/HealthRecordService.h"

namespace shotbook::ui {

SaveDiaryDayCommand::SaveDiaryDayCommand(AppContext &context, qint64 patientId, DiaryDay before,
                                         DiaryDay after)
    : DataCommand(context, tr("Save diary"), {DataKind::Diary, patientId})
    , m_patientId(patientId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SaveDiaryDayCommand::apply()
{
    DiaryService diary(context().database(), context().clock());
    return diary.saveDay(m_patientId, m_after);
}

Status SaveDiaryDayCommand::revert()
{
    DiaryService diary(context().database(), context().clock());
    return diary.saveDay(m_patientId, m_before);
}

AddHealthRecordCommand::AddHealthRecordCommand(AppContext &context, Record record)
    : DataCommand(context, tr("Add to the diary"), {DataKind::HealthRecords, 0})
    , m_record(std::move(record))
{}

Status AddHealthRecordCommand::apply()
{
    HealthRecordService records(context().database(), context().clock());
    return std::visit(
        [&](auto &record) -> Status {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, SideEffect>) {
                const auto added = records.addSideEffect(record);
                if (!added)
                    return fail(added.error());
                record = added->record;
                m_warnings = added->warnings;
            } else if constexpr (std::is_same_v<T, Infection>) {
                const auto added = records.addInfection(record);
                if (!added)
                    return fail(added.error());
                record = added->record;
                m_warnings = added->warnings;
            } else if constexpr (std::is_same_v<T, LabResult>) {
                const auto added = records.addLab(record);
                if (!added)
                    return fail(added.error());
                record = added->record;
                m_warnings = added->warnings;
            } else {
                const auto added = records.addMedicine(record);
                if (!added)
                    return fail(added.error());
                record = added->record;
                m_warnings = added->warnings;
            }
            return {};
        },
        m_record);
}

Status AddHealthRecordCommand::revert()
{
    HealthRecordService records(context().database(), context().clock());
    return std::visit(
        [&](const auto &record) -> Status {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, SideEffect>)
                return records.removeRecord(RecordKind::SideEffect, record.id);
            else if constexpr (std::is_same_v<T, Infection>)
                return records.removeRecord(RecordKind::Infection, record.id);
            else if constexpr (std::is_same_v<T, LabResult>)
                return records.removeRecord(RecordKind::Lab, record.id);
            else
                return records.removeRecord(RecordKind::Medicine, record.id);
        },
        m_record);
}

EndHealthRecordCommand::EndHealthRecordCommand(AppContext &context, RecordKind kind, qint64 id,
                                               QDate day)
    : DataCommand(context, tr("Mark as ended"), {DataKind::HealthRecords, 0})
    , m_kind(kind)
    , m_id(id)
    , m_day(day)
{}

Status EndHealthRecordCommand::apply()
{
    HealthRecordService records(context().database(), context().clock());
    return records.endRecord(m_kind, m_id, m_day);
}

Status EndHealthRecordCommand::revert()
{
    HealthRecordService records(context().database(), context().clock());
    return records.reopenRecord(m_kind, m_id);
}

} // namespace shotbook::ui
