#include "FirstRunCommand.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "sites/SiteService.h"
#include "stock/StockService.h"

namespace shotbook::ui {

FirstRunCommand::FirstRunCommand(AppContext &context, FirstRunPlan plan)
    : DataCommand(context, tr("Set up %1").arg(plan.patient.name.simplified()))
    , m_plan(std::move(plan))
{
    // Undo and redo must record the weight under the day it was entered.
    if (m_plan.patient.weightKg && !m_plan.patient.weightDate.isValid())
        m_plan.patient.weightDate = context.clock().today();
}

Status FirstRunCommand::apply()
{
    Database &database = context().database();
    const Clock &clock = context().clock();
    PatientRepository patients(database, clock);
    const auto added = patients.add(m_plan.patient, m_patientId);
    if (!added)
        return fail(added.error());
    m_patientId = added->id;

    if (!m_plan.zonesOff.isEmpty()) {
        SiteService sites(database, clock);
        if (auto off = sites.setEnabled(*m_patientId, m_plan.zonesOff, false); !off)
            return off;
    }
    if (m_plan.regimen) {
        Regimen regimen = *m_plan.regimen;
        regimen.patientId = *m_patientId;
        regimen.id = m_regimenId; // redo: back under its id
        RegimenService regimens(database, clock);
        const auto saved = regimens.set(regimen);
        if (!saved)
            return fail(saved.error());
        m_regimenId = saved->regimen.id;
        m_warnings = saved->warnings;
    }
    if (m_plan.stock) {
        const FirstRunPlan::Stock &lot = *m_plan.stock;
        StockService stock(database, clock);
        if (m_stockReceived) { // redo: the lot exists; put the syringes back in
            if (auto back = stock.adjust(lot.lot, lot.count, tr("redo of receiving")); !back)
                return back;
        } else if (const auto received =
                       stock.receive(lot.lot, lot.expires, lot.count, lot.received);
                   !received) {
            return fail(received.error());
        }
        m_stockReceived = true;
    }
    return {};
}

Status FirstRunCommand::revert()
{
    if (m_plan.stock) {
        StockService stock(context().database(), context().clock());
        if (auto out =
                stock.adjust(m_plan.stock->lot, -m_plan.stock->count, tr("undo of receiving"));
            !out)
            return out;
    }
    // The regimen and the zone choices go with the patient.
    PatientRepository patients(context().database(), context().clock());
    return patients.remove(*m_patientId);
}

} // namespace shotbook::ui
