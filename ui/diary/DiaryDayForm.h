#pragma once

#include "diary/DiaryService.h"

#include <QMap>
#include <QWidget>

class QAbstractSpinBox;
class QComboBox;
class QFormLayout;
class QPlainTextEdit;

namespace shotbook::ui {

// One day of the diary, quick to fill in by keyboard: each measure can be
// left empty ("—"); temperature in °C or °F.
class DiaryDayForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryDayForm)

public:
    explicit DiaryDayForm(bool fahrenheit, QWidget *parent = nullptr);

    // Offers the measures core offers for this indication (the AIDAI items for
    // caps, nomid, dira); a measure the day already holds is shown whatever
    // the indication, so that saving never drops it.
    void setIndication(const QString &indication);
    void setDay(const DiaryDay &day);
    bool isOffered(const QString &measureId) const;
    DiaryDay day() const; // the form's content, for day().day
    QWidget *field(const QString &measureId) const { return m_fields.value(measureId); }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateRows(const DiaryDay &day);

    bool m_fahrenheit;
    QFormLayout *m_layout;
    QStringList m_offered;
    DiaryDay m_shown;
    QDate m_day;
    QMap<QString, QWidget *> m_fields;
    QPlainTextEdit *m_note;
};

} // namespace shotbook::ui
