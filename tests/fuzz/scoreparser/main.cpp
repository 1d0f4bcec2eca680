// libFuzzer target: a cell of a score, CSAT or CES column through the score parser.

#include "import/scoreparser.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScoreParser::Result score = ScoreParser::parse(text);
    switch (score.kind) {
    case ScoreParser::Kind::Score:
        if (score.score < 0 || score.score > 10)
            std::abort(); // a score is 0–10, nothing else
        break;
    case ScoreParser::Kind::Invalid:
        if (score.reason.isEmpty())
            std::abort(); // a refused value says why
        break;
    case ScoreParser::Kind::Empty:
        if (!text.trimmed().isEmpty())
            std::abort(); // only blank text is empty
        break;
    }
    if (const std::optional<double> number = ScoreParser::parseNumber(text); number)
        (void)(*number + 1); // any value, read by UBSan
    return 0;
}
