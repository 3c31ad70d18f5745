#pragma once

#include "core/jose/Jws.h"
#include "provider/workspace/Workspace.h"

#include <QJsonObject>

namespace provider::endpoints {

// A JWT a client made (a request object, a client assertion; `what` names it in messages): its signature
// checked with the client secret (HS256/384/512) or the client's registered public keys (its "jwks": RS*,
// PS*, ES*, EdDSA), or taken unsigned when `allowUnsigned`. False with the reason in *error.
bool verifyClientJwt(
    const jose::Jws& jws, const Client& client, const QString& what, bool allowUnsigned, QString* error);
// Its exp (required when `requireExp`) still ahead and its nbf, if any, passed. False with the reason.
bool checkJwtTimes(
    const QJsonObject& claims, qint64 now, const QString& what, bool requireExp, QString* error);

} // namespace provider::endpoints
