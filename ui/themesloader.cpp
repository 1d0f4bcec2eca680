#include "themesloader.h"

#include "metrics/themeanalysis.h"
#include "store/surveystore.h"

ThemesLoader::Loaded ThemesLoader::read(const QString &projectPath,
                                        std::shared_ptr<const ResponseCache> cache,
                                        const std::atomic_bool &cancelled,
                                        const std::function<void(int permille)> &progress)
{
    Loaded loaded;
    loaded.cache = std::move(cache);
    SurveyStore store;
    bool writable = true;
    if (!store.open(projectPath, SurveyStore::OpenMode::ReadWrite)) {
        writable = false;
        if (Status s = store.open(projectPath, SurveyStore::OpenMode::ReadOnly); !s) {
            loaded.error = s.error();
            return loaded;
        }
    }
    ThemeAnalysis::Options options;
    options.suggestWhenEmpty = writable;
    options.cancel = &cancelled;
    auto shown = std::make_shared<std::atomic_int>(-1);
    options.progress = [progress, shown](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(done * 1000 / total) : 0;
        if (shown->exchange(permille) != permille && progress)
            progress(permille);
    };
    Result<ThemeAnalysis> analysis = ThemeAnalysis::load(store, *loaded.cache, options);
    if (!analysis) {
        loaded.error = analysis.error();
        return loaded;
    }
    loaded.analysis = std::make_shared<ThemeAnalysis>(std::move(analysis).value());
    return loaded;
}
