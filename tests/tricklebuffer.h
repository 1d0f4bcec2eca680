#pragma once

#include <QBuffer>

#include <algorithm>

// A buffer that hands out at most `step` bytes per read, as a pipe or a slow disk can: a reader
// must give the same records whatever the size of its reads. Used by the tests and fuzz targets.
class TrickleBuffer : public QBuffer
{
public:
    TrickleBuffer(QByteArray *data, qint64 step)
        : QBuffer(data)
        , m_step(step)
    {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, std::min(maxSize, m_step));
    }

private:
    qint64 m_step;
};
