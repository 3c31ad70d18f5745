#pragma once

#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

#include <variant>

namespace provider::endpoints {

// The device flow's grant type (RFC 8628 3.4).
inline const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
// Requested scopes, each defined by the issuer and allowed for the client; or the invalid_scope description.
std::variant<QStringList, QString> checkScopes(
    const EndpointContext& ctx, const Client& client, const QString& scope);

} // namespace provider::endpoints
