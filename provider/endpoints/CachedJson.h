#pragma once

#include "provider/http/HttpMessage.h"

namespace provider::endpoints {

// A document built once per workspace change (discovery, JWKS), with short caching: the workspace is edited
// live.
inline HttpResponse cachedJson(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    HttpResponse r;
    r.body = body;
    r.headers.reserve(3); // and Vary, from CORS
    r.addHeader("Content-Type", contentType);
    r.addHeader("Cache-Control", "public, max-age=60");
    return r;
}

} // namespace provider::endpoints
