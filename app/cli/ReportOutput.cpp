#include "app/cli/ReportOutput.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

QString relativeTime(qint64 secs, qint64 now)
{
    const qint64 d = secs - now;
    const qint64 a = qAbs(d);
    if (a == 0)
        return u"now"_s;
    const QString amount = a < 120 ? u"%1 s"_s.arg(a)
        : a < 7200                 ? u"%1 min"_s.arg(a / 60)
        : a < 172800               ? u"%1 h"_s.arg(a / 3600)
                                   : u"%1 days"_s.arg(a / 86400);
    return d >= 0 ? u"in "_s + amount : amount + u" ago"_s;
}

void printToken(QTextStream& stream, const client::ValidationReport& report, qint64 now)
{
    static const QStringList kTimes{u"exp"_s, u"iat"_s, u"nbf"_s, u"auth_time"_s, u"updated_at"_s};
    stream << "Header\n"
           << QJsonDocument(report.header).toJson(QJsonDocument::Indented) << "Payload\n"
           << QJsonDocument(report.claims).toJson(QJsonDocument::Indented);
    for (const QString& name : kTimes) {
        if (report.claims.value(name).isDouble()) {
            const qint64 t = qint64(report.claims.value(name).toDouble());
            stream << "  " << name << ": " << QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate)
                   << " (" << relativeTime(t, now) << ")\n";
        }
    }
}

void printChecks(QTextStream& stream, const QList<client::ValidationCheck>& checks)
{
    for (const client::ValidationCheck& c : checks) {
        const char* mark = c.status == client::ValidationCheck::Status::Passed ? "ok  "
            : c.status == client::ValidationCheck::Status::Failed              ? "FAIL"
                                                                               : "--  ";
        stream << "  " << mark << ' ' << c.id << ": " << c.reason << '\n';
    }
}

QJsonArray checksJson(const QList<client::ValidationCheck>& checks)
{
    QJsonArray out;
    for (const client::ValidationCheck& c : checks)
        out.append(QJsonObject{{u"id"_s, c.id},
            {u"status"_s,
                c.status == client::ValidationCheck::Status::Passed       ? u"passed"_s
                    : c.status == client::ValidationCheck::Status::Failed ? u"failed"_s
                                                                          : u"skipped"_s},
            {u"reason"_s, c.reason}});
    return out;
}

QJsonObject reportJson(const client::ValidationReport& report)
{
    return QJsonObject{{u"header"_s, report.header}, {u"claims"_s, report.claims},
        {u"checks"_s, checksJson(report.checks)}, {u"valid"_s, report.valid()}};
}

} // namespace cli
