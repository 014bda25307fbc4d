// The writer behind kill_test.py --gui-writer (issue 15): writes through the
// GUI's own services — the database opened as the window opens it
// (DatabaseOpener, its lock file and start-up check), one long-lived
// connection, and the window's undoable DataCommands (LogInjectionCommand,
// SaveDiaryDayCommand, SetRegimenCommand, ReceiveStockCommand, undo and redo
// on the one undo stack) — until it is killed.
//
// Before each write it prints {"begin": KEY}; after the write returned
// success, {"ack": KEY, "checks": [[SQL, [PARAMS], COUNT], ...]}: queries the
// harness runs on the file afterwards, each to count COUNT rows. One line
// each, flushed, so that what is acknowledged is on the harness's side of the
// pipe before the next write starts.
//
//   gui_writer --db FILE --patient ID --run N [--seed S] [--writes MAX]
#include "ScriptedPrompts.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "diary/DiaryCommands.h"
#include "injections/InjectionCommands.h"
#include "regimen/RegimenCommands.h"
#include "shell/DatabaseOpener.h"
#include "stock/StockCommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

using namespace shotbook;

namespace {

// Far enough ahead of the writes' days (from 2001, MaxWrites days a run) for
// the long run's thousands of runs; the harness sets TZ.
const QDateTime Now(QDate(3000, 1, 1), QTime(12, 0));
constexpr int MaxWrites = 150;
const QStringList Zones = {QStringLiteral("abdomen-upper-left"),
                           QStringLiteral("abdomen-lower-right"),
                           QStringLiteral("thigh-left-upper"), QStringLiteral("thigh-right-lower")};

void emitLine(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

QJsonArray check(const QString &sql, const QJsonArray &params, int count)
{
    return QJsonArray{sql, params, count};
}

// What the harness finds for an injection with this note: `present` — one
// row under `id`, and its one stock movement when it took a syringe from a
// lot (with no usable lot in stock it is logged without one); otherwise none.
QJsonArray injectionChecks(const QString &note, qint64 id, bool tookStock, bool present)
{
    const QString rows = QStringLiteral("SELECT count(*) FROM injections WHERE note = ?");
    const QString moved =
        QStringLiteral("SELECT count(*) FROM stock_movements WHERE injection_id IN"
                       " (SELECT id FROM injections WHERE note = ?)");
    QJsonArray checks{check(rows, {note}, present ? 1 : 0),
                      check(moved, {note}, present && tookStock ? 1 : 0)};
    if (present)
        checks.append(check(QStringLiteral("SELECT count(*) FROM injections WHERE note = ?"
                                           " AND id = ?"),
                            {note, id}, 1));
    return checks;
}

QJsonArray diaryChecks(qint64 patientId, const QDate &day, int value, bool present)
{
    const QString iso = day.toString(Qt::ISODate);
    if (!present)
        return {check(QStringLiteral("SELECT count(*) FROM diary_values WHERE patient_id = ?"
                                     " AND day = ? AND measure = 'pain'"),
                      {patientId, iso}, 0)};
    return {check(QStringLiteral("SELECT count(*) FROM diary_values WHERE patient_id = ?"
                                 " AND day = ? AND measure = 'pain' AND value = ?"),
                  {patientId, iso, value}, 1)};
}

class Writer
{
public:
    Writer(ui::AppContext &context, qint64 patientId, int run, quint32 seed)
        : m_context(context)
        , m_patientId(patientId)
        , m_run(run)
        , m_random(seed)
    {
        QObject::connect(&context, &ui::AppContext::errorReported, &context,
                         [this](const QString &message) { m_error = message; });
    }

    // One write; false (with the reason on stderr) when it was refused.
    bool next(int n)
    {
        // Undo or redo what was just done, now and then, as people do.
        if (m_undoable && m_random.bounded(4) == 0)
            return undo();
        if (m_redoable && m_random.bounded(2) == 0)
            return redo();
        m_undoable.reset();
        m_redoable.reset();
        // Days of their own for each run and write: nothing replaces an
        // earlier write (a diary value is one per day and measure).
        const QDate day = QDate(2001, 1, 1).addDays(qint64(m_run) * MaxWrites + n);
        const QString note = QStringLiteral("g%1-%2").arg(m_run).arg(n);
        switch (m_random.bounded(10)) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
            return inject(note, day);
        case 5:
        case 6:
            return diary(day);
        case 7:
            return regimen(day);
        default:
            return stock(QStringLiteral("G%1-%2").arg(m_run).arg(n), day);
        }
    }

private:
    struct Done
    {
        QString key;
        QJsonArray doneChecks;   // after the write (or after a redo)
        QJsonArray undoneChecks; // after its undo
    };

    bool execute(const QString &key, std::unique_ptr<ui::DataCommand> command)
    {
        emitLine({{QStringLiteral("begin"), key}});
        const Status done = ui::DataCommand::execute(m_context, std::move(command));
        if (!done) {
            std::fprintf(stderr, "%s refused: %s\n", qPrintable(key),
                         qPrintable(done.error().message));
            return false;
        }
        return true;
    }

    bool inject(const QString &note, const QDate &day)
    {
        InjectionInput input;
        input.at = QDateTime(day, QTime(8, 0).addSecs(60 * m_random.bounded(600)));
        input.doseMg = 75.0;
        input.site = Zones.at(int(m_random.bounded(qsizetype(Zones.size()))));
        input.note = note;
        auto command = std::make_unique<ui::LogInjectionCommand>(m_context, m_patientId, input,
                                                                 Confirmations::all());
        auto *logged = command.get();
        const QString key = QStringLiteral("note:") + note;
        if (!execute(key, std::move(command)))
            return false;
        // The stack owns the command now; it stays there until it is undone
        // and something else is done.
        const qint64 id = logged->injection().id;
        const bool tookStock = logged->injection().lot.has_value();
        acknowledge({key, injectionChecks(note, id, tookStock, true),
                     injectionChecks(note, id, tookStock, false)});
        return true;
    }

    bool diary(const QDate &day)
    {
        const int value = int(m_random.bounded(11));
        DiaryDay before{day, {}, {}};
        DiaryDay after{day, {{QStringLiteral("pain"), double(value)}}, {}};
        const QString key = QStringLiteral("diary:") + day.toString(Qt::ISODate);
        if (!execute(key, std::make_unique<ui::SaveDiaryDayCommand>(m_context, m_patientId, before,
                                                                    after)))
            return false;
        acknowledge({key, diaryChecks(m_patientId, day, value, true),
                     diaryChecks(m_patientId, day, value, false)});
        return true;
    }

    bool regimen(const QDate &day)
    {
        Regimen regimen;
        regimen.patientId = m_patientId;
        regimen.start = day;
        regimen.dailyMg = 75.0;
        regimen.times = {QTime(8, 0)};
        auto command = std::make_unique<ui::SetRegimenCommand>(m_context, regimen);
        auto *set = command.get();
        const QString key = QStringLiteral("regimen:") + day.toString(Qt::ISODate);
        if (!execute(key, std::move(command)))
            return false;
        const QString sql = QStringLiteral("SELECT count(*) FROM regimens WHERE id = ?"
                                           " AND start_date = ? AND daily_mg = 75");
        const QJsonArray params{set->regimen().id, day.toString(Qt::ISODate)};
        acknowledge({key, {check(sql, params, 1)}, {check(sql, params, 0)}});
        return true;
    }

    bool stock(const QString &lot, const QDate &day)
    {
        const QString key = QStringLiteral("lot:") + lot;
        // Good for ten years from its day (the long run's days go on for
        // centuries).
        const QDate expires = day.addYears(10);
        if (!execute(key,
                     std::make_unique<ui::ReceiveStockCommand>(m_context, lot, expires, 1000, day)))
            return false;
        // Its syringes go to later injections, so what is left is not known
        // at the end; the receipt is. (Not undone here: an undo of a receipt
        // whose syringes were used is refused, as it should be.)
        const QString sql =
            QStringLiteral("SELECT count(*) FROM stock_movements m JOIN lots l ON l.id = m.lot_id"
                           " WHERE l.lot = ? AND l.expires = ? AND m.kind = 'received'"
                           " AND m.count = 1000");
        acknowledge({key, {check(sql, {lot, expires.toString(Qt::ISODate)}, 1)}, {}});
        m_undoable.reset();
        return true;
    }

    bool undo() { return step(/*undo=*/true); }
    bool redo() { return step(/*undo=*/false); }

    bool step(bool undo)
    {
        Done done = undo ? *m_undoable : *m_redoable;
        emitLine({{QStringLiteral("begin"), done.key}});
        m_error.clear();
        if (undo)
            m_context.undoStack()->undo();
        else
            m_context.undoStack()->redo();
        if (!m_error.isEmpty()) {
            std::fprintf(stderr, "%s of %s failed: %s\n", undo ? "undo" : "redo",
                         qPrintable(done.key), qPrintable(m_error));
            return false;
        }
        emitLine({{QStringLiteral("ack"), done.key},
                  {QStringLiteral("checks"), undo ? done.undoneChecks : done.doneChecks}});
        if (undo) {
            m_redoable = done;
            m_undoable.reset();
        } else {
            m_undoable = done;
            m_redoable.reset();
        }
        return true;
    }

    void acknowledge(const Done &done)
    {
        emitLine({{QStringLiteral("ack"), done.key}, {QStringLiteral("checks"), done.doneChecks}});
        m_undoable = done;
    }

    ui::AppContext &m_context;
    qint64 m_patientId;
    int m_run;
    QRandomGenerator m_random;
    std::optional<Done> m_undoable;
    std::optional<Done> m_redoable;
    QString m_error;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"),
                                QStringLiteral("FILE"));
    const QCommandLineOption patient(QStringLiteral("patient"), QStringLiteral("patient id"),
                                     QStringLiteral("ID"));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("run number"),
                                 QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("seed"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption writes(QStringLiteral("writes"), QStringLiteral("writes, at most"),
                                    QStringLiteral("MAX"), QStringLiteral("150"));
    parser.addOptions({db, patient, run, seed, writes});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(patient) || !parser.isSet(run)) {
        std::fprintf(stderr, "usage: gui_writer --db FILE --patient ID --run N\n");
        return 2;
    }
    auto opened = ui::DatabaseOpener::tryOpen(parser.value(db));
    if (!opened) {
        std::fprintf(stderr, "open refused: %s\n", qPrintable(opened.error().message));
        return 4;
    }
    FixedClock clock(Now);
    test::ScriptedPrompts prompts;
    ui::AppContext context(*opened->database, clock, prompts);
    Writer writer(context, parser.value(patient).toLongLong(), parser.value(run).toInt(),
                  parser.value(seed).toUInt());
    const int most = parser.value(writes).toInt();
    if (most < 1 || most > MaxWrites) {
        std::fprintf(stderr, "--writes: 1 to %d\n", MaxWrites);
        return 2;
    }
    for (int n = 1; n <= most; ++n) {
        if (!writer.next(n))
            return 3;
        QCoreApplication::processEvents();
    }
    return 0;
}
