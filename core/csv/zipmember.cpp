#include "csv/zipmember.h"

#include <QCoreApplication>

#include <zip.h>

ZipMember::ZipMember(zip *archive, const QString &name, const Limits &limits)
    : m_limits(limits)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!archive || zip_stat(archive, utf8.constData(), 0, &stat) != 0
        || !(m_file = zip_fopen(archive, utf8.constData(), 0))) {
        m_error = Error::Missing;
        m_atEnd = true;
        return;
    }
    // An archive can claim any packed size, but cannot hold more than its own bytes; one byte
    // at least, so that an empty claim does not disable the ratio.
    m_packedSize = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? qint64(stat.comp_size) : 0;
    m_packedSize = std::max<qint64>(m_packedSize, 1);
    m_declaredSize = (stat.valid & ZIP_STAT_SIZE) != 0 && stat.size < zip_uint64_t(1) << 62
                         ? qint64(stat.size)
                         : 0;
    m_chunk.resize(std::max<qsizetype>(m_limits.chunkBytes, 1));
}

ZipMember::~ZipMember()
{
    if (m_file)
        zip_fclose(m_file);
}

QByteArrayView ZipMember::read()
{
    if (m_atEnd || !m_file)
        return {};
    const zip_int64_t got = zip_fread(m_file, m_chunk.data(), zip_uint64_t(m_chunk.size()));
    if (got < 0) {
        m_error = Error::Damaged;
        m_atEnd = true;
        return {};
    }
    if (got == 0) {
        m_atEnd = true;
        return {};
    }
    m_bytesRead += got;
    if (m_bytesRead > m_limits.maxBytes
        || (m_bytesRead > m_limits.ratioGrace && m_bytesRead / m_limits.maxRatio > m_packedSize)) {
        m_error = Error::TooLarge;
        m_atEnd = true;
        return {};
    }
    return QByteArrayView(m_chunk.constData(), qsizetype(got));
}

bool ZipMember::readToEnd()
{
    while (!read().isEmpty()) {
    }
    return m_error == Error::None;
}

QString ZipMember::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Missing:
        return QCoreApplication::translate("ZipMember", "it is missing");
    case Error::TooLarge:
        if (m_bytesRead > m_limits.maxBytes)
            return QCoreApplication::translate("ZipMember", "it unpacks to more than %1 MB")
                .arg(m_limits.maxBytes / 1000000);
        return QCoreApplication::translate("ZipMember",
                                           "it unpacks to more than %1 times its packed size")
            .arg(m_limits.maxRatio);
    case Error::Damaged:
        return QCoreApplication::translate("ZipMember", "its packed data is damaged");
    }
    return {};
}
