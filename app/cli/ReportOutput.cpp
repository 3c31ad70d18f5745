#include "app/cli/ReportOutput.h"

using namespace Qt::StringLiterals;

namespace cli {

void printToken(QTextStream& stream, const client::ValidationReport& report, qint64 now)
{
    stream << client::tokenText(report, now);
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
