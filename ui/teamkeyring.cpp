#include "teamkeyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace {

const QString Service = QStringLiteral("NPS Studio team projects");
constexpr int TimeoutMs = 5000;

// Runs a keyring job to its end (the keyring asks over D-Bus: a few milliseconds, or a prompt
// to unlock it); a job that does not answer in time is left to delete itself.
template<typename Job>
std::unique_ptr<Job> finish(std::unique_ptr<Job> job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain file instead
    QEventLoop loop;
    bool done = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done) {
        job->setAutoDelete(true);
        (void)job.release();
        return nullptr;
    }
    return job;
}

template<typename Job>
std::unique_ptr<Job> makeJob(const QString &key)
{
    auto job = std::make_unique<Job>(Service);
    job->setKey(key);
    return job;
}

struct Availability
{
    bool available = false;
    QString reason;
};

Availability probe()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus")))
        return {false, QCoreApplication::translate("TeamKeyring", "no D-Bus session runs")};
    const auto job = finish(makeJob<QKeychain::ReadPasswordJob>(QStringLiteral("probe")));
    if (!job)
        return {false, QCoreApplication::translate("TeamKeyring", "the keyring does not answer")};
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {true, {}};
    return {false, job->errorString()};
}

} // namespace

bool TeamKeyring::available(QString *reason)
{
    static const Availability availability = probe();
    if (reason)
        *reason = availability.reason;
    return availability.available;
}

std::optional<QString> TeamKeyring::read(const QString &key)
{
    if (!available())
        return std::nullopt;
    const auto job = finish(makeJob<QKeychain::ReadPasswordJob>(key));
    if (!job || job->error() != QKeychain::NoError)
        return std::nullopt;
    return job->textData();
}

bool TeamKeyring::write(const QString &key, const QString &password, QString *error)
{
    QString reason;
    if (!available(&reason)) {
        if (error)
            *error = reason;
        return false;
    }
    auto write = makeJob<QKeychain::WritePasswordJob>(key);
    write->setTextData(password);
    const auto job = finish(std::move(write));
    if (!job || job->error() != QKeychain::NoError) {
        if (error)
            *error
                = job ? job->errorString()
                      : QCoreApplication::translate("TeamKeyring", "the keyring does not answer");
        return false;
    }
    return true;
}

void TeamKeyring::remove(const QString &key)
{
    if (!available())
        return;
    (void)finish(makeJob<QKeychain::DeletePasswordJob>(key));
}
