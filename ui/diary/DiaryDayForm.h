#pragma once

#include "diary/DiaryService.h"

#include <QMap>
#include <QWidget>

class QAbstractSpinBox;
class QComboBox;
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

    void setDay(const DiaryDay &day);
    DiaryDay day() const; // the form's content, for day().day
    QWidget *field(const QString &measureId) const { return m_fields.value(measureId); }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    bool m_fahrenheit;
    QDate m_day;
    QMap<QString, QWidget *> m_fields;
    QPlainTextEdit *m_note;
};

} // namespace shotbook::ui
