#include "text/privacymask.h"

#include <QTest>

class tst_PrivacyMask : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("e-mail") << "Mail me at jan.jansen@example.nl please"
                                << "Mail me at [e-mail] please";
        QTest::newRow("plus address") << "x+tag@sub.example.co.uk"
                                      << "[e-mail]";
        QTest::newRow("dutch mobile") << "Bel 06-12345678 terug"
                                      << "Bel [phone] terug";
        QTest::newRow("international") << "call +31 20 123 4567 now"
                                       << "call [phone] now";
        QTest::newRow("brackets") << "(020) 123 45 67"
                                  << "([phone]";
        QTest::newRow("date stays") << "On 2025-07-01 it broke"
                                    << "On 2025-07-01 it broke";
        QTest::newRow("money stays") << "€25 te veel betaald"
                                     << "€25 te veel betaald";
        QTest::newRow("order number stays") << "order 12345"
                                            << "order 12345";
        QTest::newRow("year range stays") << "klant sinds 2019 - 2024"
                                          << "klant sinds 2019 - 2024";
    }

    void masks()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(PrivacyMask::mask(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_PrivacyMask)
#include "tst_privacymask.moc"
