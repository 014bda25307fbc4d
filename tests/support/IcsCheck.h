#pragma once

// The independent iCalendar parser (python3-icalendar + dateutil.rrule,
// through tests/cli/ics_check.py), for the suites that define
// SHOTBOOK_ICS_PYTHON and SHOTBOOK_ICS_CHECK.

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace shotbook::test {

// Why the parser cannot run here (empty when it can): call it from initTestCase().
inline QString icsParserProblem()
{
    QProcess probe;
    probe.start(QStringLiteral(SHOTBOOK_ICS_PYTHON),
                {QStringLiteral("-c"), QStringLiteral("import icalendar, dateutil.rrule")});
    if (probe.waitForFinished(60000) && probe.exitCode() == 0)
        return {};
    return QStringLiteral("%1 cannot import icalendar: install python3-icalendar "
                          "(packaging/setup.sh does). %2")
        .arg(QStringLiteral(SHOTBOOK_ICS_PYTHON), QString::fromUtf8(probe.readAllStandardError()));
}

// The .ics file read back by the parser, as ics_check.py prints it; the
// occurrences expanded between `from` and `to` when they are given.
inline QJsonObject readIcs(const QString &path, QString *problem, const QDate &from = {},
                           const QDate &to = {})
{
    QStringList arguments{QStringLiteral(SHOTBOOK_ICS_CHECK), path};
    if (from.isValid())
        arguments << QStringLiteral("--from") << from.toString(Qt::ISODate);
    if (to.isValid())
        arguments << QStringLiteral("--to") << to.toString(Qt::ISODate);
    QProcess process;
    process.start(QStringLiteral(SHOTBOOK_ICS_PYTHON), arguments);
    if (!process.waitForFinished(60000)) {
        *problem = QStringLiteral("ics_check.py did not finish: %1").arg(process.errorString());
        process.kill();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = QStringLiteral("ics_check.py failed (exit %1): %2")
                       .arg(process.exitCode())
                       .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        *problem = error.errorString();
    return document.object();
}

} // namespace shotbook::test
