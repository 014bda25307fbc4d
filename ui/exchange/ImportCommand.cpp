#include "ImportCommand.h"

#include "common/AppContext.h"
#include "injections/InjectionLog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace shotbook::ui {

ImportCommand::ImportCommand(AppContext &context, QString path, qint64 patientId)
    : DataCommand(context, QCoreApplication::translate("shotbook::ui::ImportCommand", "Import %1")
                               .arg(QFileInfo(path).fileName()))
    , m_path(std::move(path))
    , m_patientId(patientId)
{}

Status ImportCommand::apply()
{
    if (!m_done) {
        InjectionImport import(context().database(), context().clock());
        InjectionImport::Options options;
        options.patientId = m_patientId;
        options.keepInjections = true;
        auto report = import.run(m_path, options);
        if (!report)
            return fail(report.error());
        m_report = std::move(*report);
        m_done = true;
        return {};
    }
    InjectionLog log(context().database(), context().clock());
    for (const Injection &injection : std::as_const(m_report.injections)) {
        if (auto restored = log.restore(injection); !restored)
            return restored;
    }
    return {};
}

Status ImportCommand::revert()
{
    InjectionLog log(context().database(), context().clock());
    for (auto it = m_report.injections.crbegin(); it != m_report.injections.crend(); ++it) {
        if (auto removed = log.remove(it->id); !removed)
            return fail(removed.error());
    }
    return {};
}

} // namespace shotbook::ui
