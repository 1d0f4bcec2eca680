#pragma once

#include <QString>
#include <QTest>

namespace VerifyResult {
// The message of a Result/Status (error()) or of a report that carries it as a field (error).
template<typename T>
QString messageOf(const T &result)
{
    if constexpr (requires { result.error(); })
        return result.error();
    else
        return result.error;
}
} // namespace VerifyResult

// QVERIFY for a Result, a Status or an ImportReport: on failure the test prints the message,
// not just "returned FALSE".
#define QVERIFY_RESULT(expression)                                                                 \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        if (!QTest::qVerify(result_.ok(),                                                          \
                            #expression,                                                           \
                            qPrintable(VerifyResult::messageOf(result_)),                          \
                            __FILE__,                                                              \
                            __LINE__))                                                             \
            return;                                                                                \
    } while (false)
