#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Tells a text export from files that are not one, from their first bytes: images, PDF
// documents, archives, databases, programs and other binary data, each named in the message.
namespace ContentSniffer {

// What a file with these first bytes is ("a PNG image"), or empty when no signature is known.
QString describeSignature(QByteArrayView start);

// Fails with "“FILE” is not a text export: …" when `sample`, the start of the file, is not
// text in `encoding`.
Status checkText(const QString &path, QByteArrayView sample, const QByteArray &encoding);

} // namespace ContentSniffer
