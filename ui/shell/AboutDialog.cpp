#include "AboutDialog.h"

#include "common/AppIdentity.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace shotbook::ui {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Shotbook"));
    auto *icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    auto *text = new QLabel(
        tr("<h2>Shotbook %1</h2>"
           "<p>A private, offline diary for people on daily subcutaneous injections, built "
           "first for anakinra (Kineret).</p>"
           "<p>Shotbook records what your doctor prescribed and what was injected. It is not "
           "medical advice: ask your doctor or pharmacist about your dose and any side "
           "effect.</p>"
           "<p>Database: %2</p>"
           "<p>Built with Qt %3. Shotbook never connects to a network.</p>")
            .arg(applicationVersion(), QDir::toNativeSeparators(databasePath).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace shotbook::ui
