#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct zip;
struct zip_file;

// One member of a ZIP archive, read in pieces under limits that stop a zip bomb: it may unpack
// to at most `maxBytes`, and (past the first `ratioGrace` bytes) to at most `maxRatio` times its
// packed size. The sizes the archive declares are never trusted, nor allocated.
class ZipMember
{
public:
    struct Limits
    {
        qint64 maxBytes = qint64(1) << 30;
        qint64 maxRatio = 100;
        qint64 ratioGrace = qint64(1) << 20; // small members may pack better than that
        qsizetype chunkBytes = qsizetype(256) * 1024;
    };
    enum class Error { None, Missing, TooLarge, Damaged };

    ZipMember(zip *archive, const QString &name, const Limits &limits);
    ~ZipMember();
    ZipMember(const ZipMember &) = delete;
    ZipMember &operator=(const ZipMember &) = delete;

    bool isOpen() const { return m_file != nullptr; }
    // The next piece, valid until the next call; empty at the end or on an error.
    QByteArrayView read();
    bool atEnd() const { return m_atEnd; }
    // Reads what is left, for its checksum: damage at the end of a member is found whatever
    // the reader stopped at. False when the member is damaged (or too large).
    bool readToEnd();
    Error error() const { return m_error; }
    // What went wrong, in words ("unpacks to more than 100 times its packed size").
    QString errorString() const;
    qint64 bytesRead() const { return m_bytesRead; }
    // The unpacked size the archive declares: for progress only.
    qint64 declaredSize() const { return m_declaredSize; }

private:
    zip_file *m_file = nullptr;
    Limits m_limits;
    QByteArray m_chunk;
    qint64 m_packedSize = 0;
    qint64 m_declaredSize = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    Error m_error = Error::None;
};
