// Renders the SVG icons to the PNG sizes desktops ask for (build tool, not installed).
//   render_icons SOURCE.svg OUTDIR NAME   → OUTDIR/16x16/NAME.png … OUTDIR/512x512/NAME.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: render_icons SOURCE.svg OUTDIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icons: cannot read %s\n", argv[1]);
        return 2;
    }
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir
            = QStringLiteral("%1/%2x%2").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + u'/' + QString::fromLocal8Bit(argv[3]) + QStringLiteral(".png")))
            return 1;
    }
    // Windows installers take an .ico with the common sizes.
    QImage ico(256, 256, QImage::Format_ARGB32_Premultiplied);
    ico.fill(Qt::transparent);
    QPainter painter(&ico);
    svg.render(&painter);
    painter.end();
    ico.save(QStringLiteral("%1/%2.ico")
                 .arg(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3])),
             "ICO");
    return 0;
}
