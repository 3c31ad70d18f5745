#pragma once

#include "client/Timeline.h"

#include <QByteArray>
#include <QString>

namespace client {

// Secrets: client secrets, passwords, tokens (access, refresh, ID, and tokens sent for revocation or
// introspection), Authorization headers and cookies become "[masked]". Codes, PKCE verifiers, state and
// nonce stay: they are single-use and what a person debugging a flow needs to see.
enum class Masking { Secrets, None };

// The placeholder of a masked value.
inline constexpr char kMasked[] = "[masked]";

// A URL with the secret parameters of its query and fragment masked.
QString urlText(const QUrl& url, Masking masking);
// The request and the response as they went over the wire: start line, headers, blank line, body.
QString requestText(const HttpExchange& exchange, Masking masking);
QString responseText(const HttpExchange& exchange, Masking masking);

// The client's HTTP requests as a shell script of curl commands (pages the browser was sent to appear as
// comments), to replay a flow by hand.
QString toCurl(const QList<TimelineEntry>& entries, Masking masking);
// Every HTTP exchange (the client's requests and the redirects that came back to it) as a HAR 1.2 log, for
// browsers' developer tools and HAR viewers.
QByteArray toHar(const QList<TimelineEntry>& entries, Masking masking);

} // namespace client
