#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The libpq connection parameters a URL may set besides host, port, dbname, user and password.
bool isLibpqOption(const QString &key)
{
    static const QStringList known{
        QStringLiteral("sslmode"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslpassword"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),
        QStringLiteral("gssencmode"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("service"),
        QStringLiteral("options"),
        QStringLiteral("hostaddr"),
    };
    return known.contains(key);
}

} // namespace

bool DatabaseUrl::isDatabaseUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    using R = Result<DatabaseUrl>;
    if (!isDatabaseUrl(text))
        return R::failure(
            tr("“%1” is not a PostgreSQL address: it starts with postgresql://").arg(text));
    // QUrl wants a host name; libpq also takes none (its default socket) or a socket folder,
    // percent-encoded (postgresql://%2Fvar%2Frun%2Fpostgresql/db): read those here.
    const qsizetype start = text.indexOf(u"//") + 2;
    qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[/?]")), start);
    if (end < 0)
        end = text.size();
    const QString authority = text.mid(start, end - start);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString hostPort = authority.mid(at + 1);
    QString socketFolder;
    QString normalised = text;
    if (hostPort.isEmpty() || hostPort.startsWith(u':')) {
        normalised.insert(start + at + 1, QStringLiteral("localhost"));
    } else if (hostPort.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
        const qsizetype colon = hostPort.indexOf(u':');
        const QString encoded = colon < 0 ? hostPort : hostPort.left(colon);
        socketFolder = QUrl::fromPercentEncoding(encoded.toUtf8());
        normalised.replace(start + at + 1, encoded.size(), QStringLiteral("localhost"));
    }
    const bool noHost = hostPort.isEmpty() || hostPort.startsWith(u':') || !socketFolder.isEmpty();
    const QUrl url(normalised, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(
            tr("“%1” is not a valid PostgreSQL address: %2").arg(text, url.errorString()));
    DatabaseUrl result;
    result.m_host = noHost ? socketFolder : url.host(QUrl::FullyDecoded);
    result.m_port = url.port(-1);
    result.m_user = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    result.m_database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = rawValue;
        if (key == u"project" || key == u"schema") {
            result.m_schema = value;
        } else if (key == u"host") {
            result.m_host = value;
        } else if (key == u"port") {
            bool ok = false;
            result.m_port = value.toInt(&ok);
            if (!ok || result.m_port <= 0 || result.m_port > 65535)
                return R::failure(tr("“%1”: the port must be a number from 1 to 65535, not “%2”.")
                                      .arg(result.displayName(), value));
        } else if (key == u"user") {
            result.m_user = value;
        } else if (key == u"dbname") {
            result.m_database = value;
        } else if (key == u"password") {
            result.m_password = value;
        } else if (isLibpqOption(key)) {
            result.m_options.append({key, value});
        } else {
            return R::failure(tr("“%1”: unknown parameter “%2” (known: project, host, port, "
                                 "user, dbname, sslmode and the other libpq parameters).")
                                  .arg(result.displayName(), key));
        }
    }
    if (result.m_database.isEmpty() || result.m_database.contains(u'/'))
        return R::failure(tr("“%1” names no database: write postgresql://user@host:5432/DATABASE.")
                              .arg(result.displayName()));
    static const QRegularExpression projectName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,62}$"));
    if (!projectName.match(result.m_schema).hasMatch())
        return R::failure(tr("“%1”: the project name “%2” must start with a letter and hold only "
                             "letters, digits, _ and - (at most 63).")
                              .arg(result.displayName(), result.m_schema));
    return result;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        parts << key + u'='
                     + (quoted.contains(u' ') || quoted.isEmpty() ? u'\'' + quoted + u'\''
                                                                  : quoted);
    }
    return parts.join(u';');
}

QString DatabaseUrl::displayName() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(m_user)) + u'@';
    if (!m_host.startsWith(u'/'))
        text += m_host;
    if (m_port > 0)
        text += u':' + QString::number(m_port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    QStringList query;
    if (m_host.startsWith(u'/'))
        query << QStringLiteral("host=") + m_host;
    for (const auto &[key, value] : m_options)
        query << key + u'=' + value;
    if (m_schema != u"public")
        query << QStringLiteral("project=") + m_schema;
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString DatabaseUrl::roleBase() const
{
    return m_schema == u"public" ? m_database : m_schema;
}

QString DatabaseUrl::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
