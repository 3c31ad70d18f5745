#include "provider/endpoints/RequestParameters.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

std::optional<core::FormData> formBody(const HttpRequest& request, QString* error)
{
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        if (error)
            *error = u"the body must be application/x-www-form-urlencoded"_s;
        return std::nullopt;
    }
    return core::FormData::parse(request.body, error);
}

std::optional<core::FormData> queryOrFormParameters(const HttpRequest& request, QString* error)
{
    return request.method == "POST" ? formBody(request, error) : core::FormData::parse(request.query, error);
}

std::variant<core::FormData, HttpResponse> singleValuedForm(const HttpRequest& request)
{
    QString parseError;
    auto form = formBody(request, &parseError);
    if (!form)
        return errorResponse(OAuthError{u"invalid_request"_s, parseError});
    const QStringList repeated = form->repeatedKeys();
    if (!repeated.isEmpty())
        return errorResponse(
            OAuthError{u"invalid_request"_s, u"parameter %1 is repeated"_s.arg(repeated.join(u", "_s))});
    return *form;
}

} // namespace provider::endpoints
