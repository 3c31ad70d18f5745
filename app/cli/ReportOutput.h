#pragma once

#include "client/TokenValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace cli {

// How the commands show validation results, in text and in JSON.

// Header and payload pretty-printed, times human-readable and relative to `now`.
void printToken(QTextStream& stream, const client::ValidationReport& report, qint64 now);
// "  ok   iss: ...", "  FAIL aud: ...", "  --   nonce: ...".
void printChecks(QTextStream& stream, const QList<client::ValidationCheck>& checks);
QJsonArray checksJson(const QList<client::ValidationCheck>& checks);
// {"header", "claims", "checks", "valid"}.
QJsonObject reportJson(const client::ValidationReport& report);

} // namespace cli
