#pragma once

#include <QDialog>

namespace shotbook::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace shotbook::ui
