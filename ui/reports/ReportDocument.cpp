#include "ReportDocument.h"

#include "ReportCharts.h"
#include "common/LocaleFormat.h"
#include "common/TimeText.h"
#include "diary/Labs.h"
#include "diary/Measures.h"
#include "regimen/Indications.h"
#include "sites/SiteReaction.h"
#include "sites/Zones.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace shotbook::ui {

namespace {

constexpr double MarginMm = 14.0;
constexpr double HeaderHeight = 34.0; // layout units, above the body
constexpr double FooterHeight = 34.0;
const QString Red = QStringLiteral("#b00020");
const QString Grey = QStringLiteral("#555555");

double mmToUnits(double mm)
{
    return mm / 25.4 * ReportDocument::LayoutDpi;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html, const QString &style = {})
{
    return style.isEmpty() ? QStringLiteral("<td>%1</td>").arg(html)
                           : QStringLiteral("<td style=\"%2\">%1</td>").arg(html, style);
}

QString row(const QStringList &cells)
{
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

QString tableStart(const QStringList &headers, const QList<int> &widths = {},
                   const QString &fontSize = QStringLiteral("8.5pt"))
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"2\" style=\"border-color:#999999; "
                                  "border-style:solid; border-collapse:collapse; "
                                  "font-size:%1;\"><thead><tr>")
                       .arg(fontSize);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width =
            i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        html += QStringLiteral("<th%2 style=\"background-color:#e8e8e8;\" align=\"left\">%1</th>")
                    .arg(esc(headers.at(i)), width);
    }
    return html + QStringLiteral("</tr></thead>");
}

QString flagged(const QString &text)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>").arg(Red, text);
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style=\"margin-top:8px; margin-bottom:2px;\">%1</h3>")
        .arg(esc(title));
}

} // namespace

ReportDocument::ReportDocument(const ReportData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
    , m_pageSize(pageSizeFor(locale))
    , m_document(std::make_unique<QTextDocument>())
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    // QImage's default 96 dpi: the layout measures text the same everywhere.
    m_layoutDevice.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(bodyRect().size());
    m_document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 15pt; } h3 { font-size: 10.5pt; } th { font-size: 8pt; }"));
    m_document->setHtml(html());
}

ReportDocument::~ReportDocument() = default;

QPageSize::PageSizeId ReportDocument::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QSizeF ReportDocument::sheetSize() const
{
    const QSizeF mm = m_pageSize.size(QPageSize::Millimeter);
    return {mmToUnits(mm.width()), mmToUnits(mm.height())};
}

QRectF ReportDocument::bodyRect() const
{
    const QSizeF sheet = sheetSize();
    const double margin = mmToUnits(MarginMm);
    return QRectF(margin, margin + HeaderHeight, sheet.width() - 2 * margin,
                  sheet.height() - 2 * margin - HeaderHeight - FooterHeight);
}

int ReportDocument::pageCount() const
{
    return qMax(1, m_document->pageCount());
}

QString ReportDocument::plainText() const
{
    return m_document->toPlainText();
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    const QSizeF sheet = sheetSize();
    const QRectF body = bodyRect();
    const double margin = mmToUnits(MarginMm);
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), sheet), Qt::white);

    // In layout units, not points: the painter may be scaled to any device.
    QFont small = m_document->defaultFont();
    small.setPixelSize(10);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    painter.setPen(Qt::black);
    const QString brand = tr("Shotbook");
    const double brandWidth = metrics.horizontalAdvance(brand) + 12;
    const QRectF header(margin, margin, body.width(), HeaderHeight - 8);
    const QString period = tr("%1 to %2")
                               .arg(locale::shortDate(m_data.period.from, m_locale),
                                    locale::shortDate(m_data.period.to, m_locale));
    const QRectF headerLeft = header.adjusted(0, 0, -brandWidth, 0);
    painter.drawText(
        headerLeft, Qt::AlignLeft | Qt::AlignBottom,
        metrics.elidedText(tr("%1 · injection report · %2").arg(m_data.patient.name, period),
                           Qt::ElideRight, headerLeft.width()));
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, brand);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    painter.drawLine(QPointF(margin, margin + HeaderHeight - 4),
                     QPointF(margin + body.width(), margin + HeaderHeight - 4));

    const double footerTop = body.bottom() + 6;
    painter.drawLine(QPointF(margin, footerTop), QPointF(margin + body.width(), footerTop));
    painter.setPen(Qt::black);
    const QString pageText = tr("page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageWidth = metrics.horizontalAdvance(pageText) + 12;
    const QRectF footer(margin, footerTop + 3, body.width(), FooterHeight - 8);
    painter.drawText(
        footer.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("Made on %1. Shotbook records what was given; it does not prescribe. Doses and "
           "changes are for the care team to decide.")
            .arg(locale::shortDateTime(m_data.madeAt, m_locale)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);

    const QRectF clip(0, index * body.height(), body.width(), body.height());
    painter.translate(body.left(), body.top() - clip.top());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QImage ReportDocument::pageImage(int index, int width) const
{
    const QSizeF sheet = sheetSize();
    const double scale = width / sheet.width();
    QImage image(QSize(width, qRound(sheet.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.end();
    return image;
}

QString ReportDocument::html()
{
    QString html = QStringLiteral("<html><body>");
    if (m_data.has(ReportSection::Summary))
        html += summaryHtml();
    QString rest;
    if (m_data.has(ReportSection::Charts))
        rest += chartsHtml();
    if (m_data.has(ReportSection::InjectionLog))
        rest += injectionsHtml();
    if (m_data.has(ReportSection::Diary))
        rest += diaryHtml();
    html += rest;
    return html + QStringLiteral("</body></html>");
}

QString ReportDocument::summaryHtml() const
{
    const ReportData &d = m_data;
    const QLocale &l = m_locale;
    auto number = [&l](double value, int decimals) { return l.toString(value, 'f', decimals); };
    auto date = [&l](const QDate &day) { return locale::shortDate(day, l); };
    // 100 mg, 37.5 mg: no ".0" on whole amounts.
    auto amount = [&l](double value) {
        return l.toString(value, 'f', value == std::floor(value) ? 0 : 1);
    };
    // 2, 1.5, 1.25 mg/kg/day: at most two decimals, no trailing zeros.
    auto perKg = [&l](double value) {
        const double rounded = std::round(value * 100) / 100;
        return l.toString(rounded, 'f', QLocale::FloatingPointShortest);
    };
    auto percent = [&](const std::optional<double> &value) {
        return value ? tr("%1 %").arg(number(*value, 1)) : tr("no dose due");
    };

    QString html = QStringLiteral("<h1 style=\"margin-bottom:0px;\">%1</h1>")
                       .arg(esc(tr("Injection report: %1").arg(d.patient.name)));
    html += QStringLiteral("<p style=\"color:%1; margin-top:2px;\">%2</p>")
                .arg(Grey, esc(tr("Anakinra diary from %1 to %2 (%n day(s)), compared with the "
                                  "%n day(s) before.",
                                  nullptr, static_cast<int>(d.period.days()))
                                   .arg(date(d.period.from), date(d.period.to))));

    // Who, and the regimen.
    QStringList facts;
    if (d.patient.birth)
        facts << tr("<b>Age:</b> %1 (born %2)")
                     .arg(esc(TimeText::age(*d.patient.birth, d.period.to)),
                          date(*d.patient.birth));
    if (d.latestWeight)
        facts << tr("<b>Weight:</b> %1 kg on %2")
                     .arg(number(d.latestWeight->kg, 1), date(d.latestWeight->measuredOn));
    else
        facts << tr("<b>Weight:</b> none recorded");
    facts << tr("<b>Indication:</b> %1")
                 .arg(esc(d.indication.isEmpty() ? tr("not recorded")
                                                 : Indications::displayName(d.indication)));
    html += QStringLiteral("<p>") + facts.join(QStringLiteral(" &nbsp;·&nbsp; ")) +
            QStringLiteral("</p>");

    // At a glance: the five things a doctor looks for first.
    QStringList glance;
    auto tile = [&glance](const QString &label, const QString &value, bool alarm) {
        glance << QStringLiteral("<td width=\"20%\" style=\"background-color:%3;\">"
                                 "<span style=\"font-size:7pt; color:#555555;\">%1</span><br/>"
                                 "<span style=\"font-size:11pt; font-weight:bold; color:%4;\">"
                                 "%2</span></td>")
                      .arg(esc(label), esc(value),
                           alarm ? QStringLiteral("#fbe9ec") : QStringLiteral("#eef4f9"),
                           alarm ? Red : QStringLiteral("#000000"));
    };
    tile(tr("Adherence"), percent(d.adherencePercent),
         d.adherencePercent && *d.adherencePercent < 90.0);
    if (d.regimen) {
        const DoseCalculation &dose = d.regimen->dose;
        const std::optional<double> kg =
            dose.weightKg
                ? dose.weightKg
                : (d.latestWeight ? std::optional<double>(d.latestWeight->kg) : std::nullopt);
        tile(tr("Dose"),
             kg && *kg > 0 ? tr("%1 mg/kg/day").arg(perKg(dose.dailyMg / *kg))
                           : tr("%1 mg/day").arg(amount(dose.dailyMg)),
             !dose.warnings.isEmpty());
    } else {
        tile(tr("Dose"), tr("no regimen"), false);
    }
    QString activityNow = tr("no diary");
    bool worse = false;
    if (!d.activity.isEmpty() && d.activity.constFirst().current) {
        const ActivityFigure &first = d.activity.constFirst();
        const QString value = number(*first.current, 1);
        if (first.previous) {
            const double change = *first.current - *first.previous;
            worse = change >= 0.05;
            activityNow = std::abs(change) < 0.05 ? tr("%1, unchanged").arg(value)
                          : change < 0            ? tr("%1, better").arg(value)
                                                  : tr("%1, worse").arg(value);
        } else {
            activityNow = value;
        }
        if (first.id == QLatin1String("aidai"))
            worse = worse || *first.current >= 9;
    }
    tile(d.autoinflammatory ? tr("Activity (AIDAI)") : tr("Pain (0–10)"), activityNow, worse);
    tile(tr("Red flags"), QString::number(d.redFlagCount()), d.redFlagCount() > 0);
    int flaggedLabs = 0;
    for (const ReportLab &lab : d.latestLabs)
        flaggedLabs += lab.flag ? 1 : 0;
    tile(tr("Latest labs"),
         d.latestLabs.isEmpty() ? tr("none")
         : flaggedLabs > 0      ? tr("%1 flagged").arg(flaggedLabs)
                                : tr("in range"),
         flaggedLabs > 0);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"5\"><tr>") +
            glance.join(QString()) + QStringLiteral("</tr></table>");

    html += section(tr("Current regimen"));
    if (!d.regimen) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No regimen in force on %1.").arg(date(d.period.to))));
    } else {
        const Regimen &r = d.regimen->regimen;
        const DoseCalculation &dose = d.regimen->dose;
        QStringList times;
        for (const QTime &time : r.times)
            times << locale::shortTime(time, l);
        QString daily;
        if (r.isWeightBased() && dose.weightKg)
            daily = tr("%1 mg/kg/day × %2 kg (weighed %3) = %4 mg/day")
                        .arg(perKg(*r.mgPerKgPerDay), number(*dose.weightKg, 1),
                             d.regimen->weight ? date(d.regimen->weight->measuredOn) : QString(),
                             amount(dose.dailyMg));
        else
            daily = tr("%1 mg/day (fixed dose)").arg(amount(dose.dailyMg));
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(esc(daily),
                         esc(tr("%1 mg (%2 mL) per injection, %n injection(s) a day at %3, %4; "
                                "since %5.",
                                nullptr, r.dosesPerDay)
                                 .arg(amount(dose.perDoseMg), number(dose.perDoseMl, 2),
                                      times.join(QStringLiteral(", ")),
                                      r.everyDays == 2 ? tr("every other day") : tr("every day"),
                                      date(r.start))));
        if (!r.isWeightBased() && d.latestWeight && d.latestWeight->kg > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("That is %1 mg/kg/day at the latest weight.")
                                     .arg(perKg(dose.dailyMg / d.latestWeight->kg))));
        for (const Warning &warning : dose.warnings)
            html += QStringLiteral("<p>%1</p>").arg(flagged(esc(warning.message)));
    }

    // Adherence.
    html += section(tr("Adherence"));
    QString adherence = tr("<b>%1</b> of due doses taken (%2 of %3); the %n day(s) before: %4.",
                           nullptr, static_cast<int>(d.previousPeriod.days()))
                            .arg(percent(d.adherencePercent))
                            .arg(d.taken)
                            .arg(d.expected)
                            .arg(percent(d.previousAdherencePercent));
    if (d.extra > 0)
        adherence +=
            QLatin1Char(' ') + tr("%n extra dose(s) that filled no slot.", nullptr, d.extra);
    html += QStringLiteral("<p>%1").arg(adherence);
    if (d.longestGapSecs > 0)
        html += QStringLiteral("<br/>") + esc(tr("Longest time without a dose: %1 (%2 to %3).")
                                                  .arg(TimeText::span(d.longestGapSecs),
                                                       locale::shortDateTime(d.longestGapFrom, l),
                                                       locale::shortDateTime(d.longestGapTo, l)));
    if (d.missedDoses.isEmpty()) {
        html += QStringLiteral("<br/>") + esc(tr("No dose missed."));
    } else {
        QStringList missed;
        constexpr int Shown = 40;
        for (qsizetype i = 0; i < d.missedDoses.size() && i < Shown; ++i)
            missed << locale::shortDateTime(d.missedDoses.at(i), l);
        QString list = missed.join(QStringLiteral(", "));
        if (d.missedDoses.size() > Shown)
            list += QLatin1Char(' ') + tr("and %n more (see the injection log).", nullptr,
                                          static_cast<int>(d.missedDoses.size() - Shown));
        html += QStringLiteral("<br/>") + flagged(esc(tr("Missed (%n):", nullptr, d.missed))) +
                QLatin1Char(' ') + esc(list);
    }
    html += QStringLiteral("</p>");

    // Disease activity.
    html += section(tr("Disease activity"));
    html +=
        tableStart({tr("Measure"), tr("This period"), tr("Before"), tr("Trend")}, {40, 20, 20, 20});
    for (const ActivityFigure &figure : d.activity) {
        const bool aidai = figure.id == QLatin1String("aidai");
        const QString name = aidai ? tr("AIDAI, mean monthly score (9 or more: active)")
                                   : Measures::displayName(figure.id);
        const int decimals = figure.id == QLatin1String("stiffness-min") ? 0 : 1;
        auto value = [&](const std::optional<double> &v) {
            return v ? number(*v, decimals) : tr("no diary");
        };
        QString trend = QStringLiteral("–");
        if (figure.current && figure.previous) {
            const double change = *figure.current - *figure.previous;
            if (std::abs(change) < 0.05)
                trend = tr("unchanged");
            else
                trend = change < 0 ? tr("better (%1)").arg(number(change, decimals))
                                   : tr("worse (+%1)").arg(number(change, decimals));
        }
        QString current = value(figure.current);
        if (aidai && figure.current && *figure.current >= 9)
            current = flagged(esc(current));
        else
            current = esc(current);
        html += row(
            {cell(esc(name)),
             cell(current + QStringLiteral(" <span style=\"color:%1;\">%2</span>")
                                .arg(Grey, esc(tr("(%n day(s))", nullptr, figure.daysRecorded)))),
             cell(esc(value(figure.previous))), cell(esc(trend))});
    }
    html += QStringLiteral("</table>");

    // Side effects, red flags first.
    html += section(tr("Side effects"));
    if (d.sideEffects.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded in the period.")));
    } else {
        html += tableStart({tr("Side effect"), tr("Severity"), tr("Onset"), tr("Resolved")},
                           {49, 17, 17, 17});
        for (const SideEffect &effect : d.sideEffects) {
            QString term = esc(effect.term);
            if (effect.redFlag)
                term = flagged(tr("RED FLAG")) + QStringLiteral(" ") + flagged(term);
            if (!effect.note.isEmpty())
                term += QStringLiteral(" <i>%1</i>").arg(esc(effect.note));
            html += row({cell(term), cell(esc(effect.severity)), cell(date(effect.onset)),
                         cell(effect.resolved ? date(*effect.resolved) : esc(tr("open")))});
        }
        html += QStringLiteral("</table>");
    }

    html += section(tr("Infections"));
    if (d.infections.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded in the period.")));
    } else {
        html += tableStart({tr("Infection"), tr("Started"), tr("Ended"), tr("Doctor told")},
                           {49, 17, 17, 17});
        for (const Infection &infection : d.infections)
            html += row({cell(esc(infection.description)), cell(date(infection.started)),
                         cell(infection.ended ? date(*infection.ended) : flagged(tr("open"))),
                         cell(infection.doctorTold ? tr("yes") : tr("no"))});
        html += QStringLiteral("</table>");
    }

    html += section(tr("Latest blood tests"));
    if (d.latestLabs.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    } else {
        html += tableStart({tr("Test"), tr("Value"), tr("Taken on"), tr("Flag")}, {34, 20, 17, 29});
        for (const ReportLab &lab : d.latestLabs) {
            const auto analyte = Labs::find(lab.lab.analyte);
            const QString value =
                number(lab.lab.value, lab.lab.value == std::floor(lab.lab.value) ? 0 : 1) +
                QLatin1Char(' ') + (analyte ? analyte->unit : QString());
            html +=
                row({cell(esc(Labs::displayName(lab.lab.analyte))),
                     cell(lab.flag ? flagged(esc(value)) : esc(value)), cell(date(lab.lab.takenOn)),
                     cell(lab.flag ? flagged(esc(lab.flag->message)) : QString())});
        }
        html += QStringLiteral("</table>");
    }
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(d.nextLabDue ? tr("Next neutrophil count due: %1.").arg(date(*d.nextLabDue))
                                  : tr("The first year of neutrophil monitoring is complete.")));

    html += section(tr("Other medicines"));
    if (d.medicines.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    } else {
        QStringList items;
        for (const ReportMedicine &medicine : d.medicines) {
            QString item = QStringLiteral("<b>%1</b> (%2)")
                               .arg(esc(medicine.medicine.name),
                                    esc(medicine.medicine.stopped
                                            ? tr("%1 to %2")
                                                  .arg(date(medicine.medicine.started),
                                                       date(*medicine.medicine.stopped))
                                            : tr("since %1").arg(date(medicine.medicine.started))));
            if (medicine.warning)
                item += QStringLiteral(": ") + flagged(esc(medicine.warning->message));
            items << item;
        }
        html +=
            QStringLiteral("<p>") + items.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }

    html += section(tr("Open site reactions"));
    if (d.openReactions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        QStringList items;
        for (const SiteReaction &reaction : d.openReactions)
            items << esc(tr("%1 on %2, %3, since %4")
                             .arg(ReactionKinds::displayName(reaction.kind),
                                  Zones::displayName(reaction.zone),
                                  ReactionKinds::severityName(reaction.severity),
                                  locale::shortDate(reaction.startedAt.toLocalTime().date(), l)));
        html +=
            QStringLiteral("<p>") + items.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    return html;
}

QString ReportDocument::chartsHtml()
{
    const double width = bodyRect().width();
    QString html =
        QStringLiteral("<h2 style=\"page-break-before:always;\">%1</h2>").arg(esc(tr("Charts")));
    const QList<ReportCharts::Figure> figures = ReportCharts::render(m_data);
    for (const ReportCharts::Figure &figure : figures) {
        const QUrl url(QStringLiteral("chart://") + figure.id);
        m_document->addResource(QTextDocument::ImageResource, url, figure.image);
        const double height = width * figure.image.height() / figure.image.width();
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                    .arg(url.toString())
                    .arg(qFloor(width))
                    .arg(qFloor(height));
    }
    return html;
}

QString ReportDocument::injectionsHtml() const
{
    const QLocale &l = m_locale;
    QString html = QStringLiteral("<h2 style=\"page-break-before:always;\">%1</h2>")
                       .arg(esc(tr("Injection log")));
    if (m_data.injections.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No injection in the period.")));
    html += tableStart({tr("Date"), tr("Time"), tr("Dose"), tr("Slot"), tr("Site"), tr("Lot"),
                        tr("Given by"), tr("Status"), tr("Note")},
                       {11, 6, 8, 5, 22, 9, 9, 12, 18}, QStringLiteral("7.5pt"));
    for (const ReportInjectionRow &r : m_data.injections) {
        const QDateTime at = r.at.toLocalTime();
        QString status;
        switch (r.status) {
        case ReportInjectionRow::Status::Taken:
            status = esc(tr("taken"));
            break;
        case ReportInjectionRow::Status::Late:
            status = esc(tr("late (%1)").arg(TimeText::span(r.due->secsTo(r.at))));
            break;
        case ReportInjectionRow::Status::Extra:
            status = esc(tr("extra"));
            break;
        case ReportInjectionRow::Status::Missed:
            status = flagged(esc(tr("missed")));
            break;
        }
        html +=
            row({cell(locale::shortDate(at.date(), l)), cell(locale::shortTime(at.time(), l)),
                 cell(r.doseMg ? esc(tr("%1 mg").arg(l.toString(*r.doseMg, 'f', 1))) : QString()),
                 cell(r.slotNumber > 0 ? QString::number(r.slotNumber) : QString()),
                 cell(r.site.isEmpty() ? QString() : esc(Zones::displayName(r.site))),
                 cell(esc(r.lot)), cell(esc(r.givenBy)), cell(status), cell(esc(r.note))});
    }
    return html + QStringLiteral("</table>");
}

QString ReportDocument::diaryHtml() const
{
    QString html =
        QStringLiteral("<h2 style=\"page-break-before:always;\">%1</h2>").arg(esc(tr("Diary")));
    if (m_data.diary.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No diary entry in the period.")));
    html += tableStart({tr("Date"), tr("Values"), tr("Note")}, {12, 53, 35});
    for (const DiaryDay &day : m_data.diary) {
        QStringList values;
        for (const Measure &measure : Measures::all()) {
            if (!day.values.contains(measure.id))
                continue;
            const double value = day.values.value(measure.id);
            QString text;
            switch (measure.kind) {
            case Measure::Kind::YesNo:
                if (value == 0)
                    continue;
                text = Measures::shortName(measure.id);
                break;
            case Measure::Kind::Temperature:
                text = tr("%1 %2 °C")
                           .arg(Measures::shortName(measure.id), m_locale.toString(value, 'f', 1));
                break;
            case Measure::Kind::Minutes:
                text = tr("%1 %2 min")
                           .arg(Measures::shortName(measure.id), m_locale.toString(value, 'f', 0));
                break;
            case Measure::Kind::Scale:
                text = tr("%1 %2/10")
                           .arg(Measures::shortName(measure.id),
                                m_locale.toString(value, 'f', measure.decimals));
                break;
            }
            values << text;
        }
        html += row({cell(locale::shortDate(day.day, m_locale)),
                     cell(esc(values.join(QStringLiteral(", ")))), cell(esc(day.note))});
    }
    return html + QStringLiteral("</table>");
}

} // namespace shotbook::ui
