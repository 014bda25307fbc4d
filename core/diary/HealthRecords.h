#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shotbook {

// The kinds of health record, told apart by type (never by a table name).
enum class RecordKind
{
    SideEffect,
    Infection,
    Lab,
    Medicine,
};

struct SideEffect
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString term;                     // as typed, or the catalogue's name
    std::optional<QString> catalogId; // when matched to the label's catalogue
    QString severity;                 // mild, moderate, severe
    QDate onset;
    std::optional<QDate> resolved;
    bool redFlag = false;
    std::optional<QDateTime> acknowledgedAt; // a red flag stays on Today until then
    QString note;
};

struct Infection
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString description;
    QDate started;
    std::optional<QDate> ended;
    bool doctorTold = false;
    QString note;
};

struct LabResult
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString analyte;
    double value = 0;
    QDate takenOn;
    QString note;
};

struct Medicine
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString name;
    QDate started;
    std::optional<QDate> stopped;
    QString note;
};

} // namespace shotbook
