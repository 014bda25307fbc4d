#include "Cli.h"
#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    shotbook::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = shotbook::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
