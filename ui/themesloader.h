#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class ResponseCache;
class ThemeAnalysis;

// Reads a project's themes for the window, on a worker thread: its own connection to the
// project, the answers analysed and the codebook matched — suggested and saved first when the
// project has none (a project that cannot be written shows its stored themes only).
class ThemesLoader
{
public:
    struct Loaded
    {
        std::shared_ptr<const ResponseCache> cache; // the one `analysis` points into
        std::shared_ptr<ThemeAnalysis> analysis;
        QString error;
    };

    // progress(permille) is called from the workers, once per permille.
    static Loaded read(const QString &projectPath,
                       std::shared_ptr<const ResponseCache> cache,
                       const std::atomic_bool &cancelled,
                       const std::function<void(int permille)> &progress);
};
