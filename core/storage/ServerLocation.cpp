#include "ServerLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace shotbook {

namespace {

// The libpq connection parameters a location may carry (and Qt's QPSQL
// driver passes on).
const QStringList &allowedOptions()
{
    static const QStringList names = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),
                                      QStringLiteral("service"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs"),
                                      QStringLiteral("gssencmode"),
                                      QStringLiteral("passfile")};
    return names;
}

} // namespace

bool ServerLocation::isServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    const auto reject = [&](const QString &why) {
        return fail(Error::usage(tr("--db %1 is not a server location (%2). Write it as "
                                    "postgresql://USER@HOST[:PORT]/DBNAME or "
                                    "postgresql:///DBNAME?service=NAME.")
                                     .arg(text, why)));
    };
    if (!isServer(text))
        return reject(tr("it does not start with postgresql://"));
    // A Unix socket folder as the host is percent-encoded ("%2Ftmp%2Fpg"),
    // which QUrl does not take as a host name: take it out first.
    static const QRegularExpression socketHost(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/?]*@)?)(%2F[^:/?]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString plain = text;
    QString socketFolder;
    if (const auto match = socketHost.match(text); match.hasMatch()) {
        socketFolder = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
        plain = match.captured(1) + QStringLiteral("localhost") + text.mid(match.capturedEnd(2));
    }
    const QUrl url(plain, QUrl::StrictMode);
    if (!url.isValid())
        return reject(url.errorString());
    if (!url.password().isEmpty())
        return fail(Error::usage(
            tr("--db: a password is never given on the command line, where others could read it. "
               "Put it in ~/.pgpass (one line: HOST:PORT:DBNAME:USER:PASSWORD, mode 0600) or in "
               "the libpq service file.")));
    ServerLocation location;
    location.user = url.userName(QUrl::FullyDecoded);
    location.host = socketFolder.isEmpty() ? url.host(QUrl::FullyDecoded) : socketFolder;
    location.port = url.port(-1);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port <= 0 || location.port > 65535)
                return reject(tr("the port \"%1\" is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("dbname")) {
            location.database = value;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else if (key == QLatin1String("password")) {
            return fail(Error::usage(
                tr("--db: a password is never given on the command line; put it in ~/.pgpass "
                   "or the libpq service file.")));
        } else if (allowedOptions().contains(key)) {
            options << key + QLatin1Char('=') + value;
        } else {
            return reject(tr("unknown parameter \"%1\"").arg(key));
        }
    }
    if (location.database.isEmpty() && !query.hasQueryItem(QStringLiteral("service")))
        return reject(tr("it names no database"));
    location.connectOptions = options.join(QLatin1Char(';'));
    return location;
}

QString ServerLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text +=
        host.startsWith(QLatin1Char('/')) ? QString::fromUtf8(QUrl::toPercentEncoding(host)) : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    if (!connectOptions.isEmpty())
        text +=
            QLatin1Char('?') + QString(connectOptions).replace(QLatin1Char(';'), QLatin1Char('&'));
    return text;
}

} // namespace shotbook
