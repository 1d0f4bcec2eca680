#include "singleinstance.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsOverItsFiles()
    {
        qputenv("USER",
                QByteArray("npsstudio-test-")
                    + QByteArray::number(QCoreApplication::applicationPid()));
        SingleInstance first;
        SingleInstance second;
        QVERIFY(!second.handOver({QStringLiteral("nobody.csv")})); // nobody listens yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QVERIFY(
            second.handOver({QStringLiteral("export.csv"), QStringLiteral("/tmp/project.npsdb")}));
        QVERIFY(received.wait(5000));
        const QStringList files = received.first().first().toStringList();
        QCOMPARE(files,
                 (QStringList{QDir::current().absoluteFilePath(QStringLiteral("export.csv")),
                              QStringLiteral("/tmp/project.npsdb")}));
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
