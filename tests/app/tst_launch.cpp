#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The README's first command: the window opens on the bundled sample export and shows its
// dashboard. Runs the built program as a user does (offscreen here) and looks at the picture.
class tst_Launch : public QObject
{
    Q_OBJECT

private:
    struct Picture
    {
        QImage image;
        QString error;
    };

    // The window rendered to a PNG, opened on `file` (none: the empty window), with a fresh
    // configuration so nothing from an earlier start is reopened.
    static Picture screenshot(const QTemporaryDir &dir, const QString &name, const QString &file)
    {
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   dir.filePath(name + QStringLiteral("/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(name + QStringLiteral("/data")));
        process.setProcessEnvironment(env);
        QStringList arguments{QStringLiteral("--screenshot"), png};
        if (!file.isEmpty())
            arguments << file;
        process.start(QStringLiteral(NPSSTUDIO_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {{}, QStringLiteral("npsstudio did not finish")};
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return {{},
                    QStringLiteral("npsstudio exited with %1: %2")
                        .arg(process.exitCode())
                        .arg(QString::fromLocal8Bit(process.readAllStandardError()))};
        const QImage image(png);
        if (image.isNull())
            return {{}, QStringLiteral("no readable PNG at %1").arg(png)};
        return {image.convertToFormat(QImage::Format_RGB32), {}};
    }

    // The share (0…1) of the picture that its most common colour covers.
    static double dominantColourShare(const QImage &image)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++counts[line[x]];
        }
        const int most = *std::max_element(counts.cbegin(), counts.cend());
        return double(most) / (double(image.width()) * image.height());
    }

    // The share (0…1) of pixels that differ between two pictures of the same size.
    static double differingShare(const QImage &a, const QImage &b)
    {
        qint64 differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x)
                differing += lineA[x] != lineB[x] ? 1 : 0;
        }
        return double(differing) / (double(a.width()) * a.height());
    }

private slots:
    void windowShowsTheBundledSample()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sample = QStringLiteral(NPS_SOURCE_DIR "/resources/sample/nps-sample.csv");
        QVERIFY(QFile::exists(sample));

        const Picture withSample = screenshot(dir, QStringLiteral("sample"), sample);
        QVERIFY2(withSample.error.isEmpty(), qPrintable(withSample.error));
        const QImage &image = withSample.image;
        QCOMPARE(image.size(), QSize(1440, 900));
        // Not one flat colour: a window, with panels, text and charts.
        const double dominant = dominantColourShare(image);
        QVERIFY2(dominant < 0.8,
                 qPrintable(QStringLiteral("one colour covers %1%").arg(dominant * 100)));
        // The export was imported into a project that the window opened.
        QVERIFY(QFile::exists(dir.filePath(
            QStringLiteral("sample/data/NPS Studio/npsstudio/projects/nps-sample.npsdb"))));

        // And the sample's dashboard is on screen: much of the picture differs from the
        // window opened on nothing.
        const Picture empty = screenshot(dir, QStringLiteral("empty"), QString());
        QVERIFY2(empty.error.isEmpty(), qPrintable(empty.error));
        QCOMPARE(empty.image.size(), image.size());
        const double differing = differingShare(image, empty.image);
        qInfo("%s",
              qPrintable(QStringLiteral("the most common colour covers %1% of the window "
                                        "(%2% when empty); %3% of it differs from the empty one")
                             .arg(dominant * 100, 0, 'f', 1)
                             .arg(dominantColourShare(empty.image) * 100, 0, 'f', 1)
                             .arg(differing * 100, 0, 'f', 1)));
        QVERIFY2(
            differing > 0.3,
            qPrintable(
                QStringLiteral("only %1% differs from the empty window").arg(differing * 100)));
    }
};

QTEST_GUILESS_MAIN(tst_Launch)
#include "tst_launch.moc"
