#pragma once

#include <QJsonObject>

namespace provider {
struct IssuerRuntime;
}

namespace provider::endpoints {

// Built once per workspace change (IssuerRuntime), served as bytes.
QJsonObject discoveryDocument(const IssuerRuntime& issuer);
QJsonObject jwksDocument(const IssuerRuntime& issuer);

} // namespace provider::endpoints
