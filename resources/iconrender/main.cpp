// shotbook-render-icon SVG SIZE PNG: renders the application icon at one size
// for the hicolor theme. A build tool only, never installed: the PNGs are made
// from the SVG at build time, so they cannot drift from it, and the build
// needs nothing beyond the Qt Svg it already uses.
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fputs("usage: shotbook-render-icon SVG SIZE PNG\n", stderr);
        return 2;
    }
    bool sizeOk = false;
    const int size = QByteArray(argv[2]).toInt(&sizeOk);
    if (!sizeOk || size < 8 || size > 1024) {
        std::fprintf(stderr, "shotbook-render-icon: size %s is not between 8 and 1024\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "shotbook-render-icon: cannot read the SVG %s\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    // Plain ARGB32 and no text chunks: the same SVG gives the same bytes.
    if (!image.convertToFormat(QImage::Format_ARGB32)
             .save(QString::fromLocal8Bit(argv[3]), "PNG")) {
        std::fprintf(stderr, "shotbook-render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
