#pragma once

#include "core/http/FormUrlEncoded.h"
#include "provider/http/HttpMessage.h"

#include <optional>
#include <variant>

namespace provider::endpoints {

// Parses an application/x-www-form-urlencoded body; checks the Content-Type.
std::optional<core::FormData> formBody(const HttpRequest& request, QString* error);
// The parameters of a request that may come as GET (query) or POST (form body): authorization, end session.
std::optional<core::FormData> queryOrFormParameters(const HttpRequest& request, QString* error);
// A POST body as form data with no repeated parameter, or the invalid_request response.
std::variant<core::FormData, HttpResponse> singleValuedForm(const HttpRequest& request);

} // namespace provider::endpoints
