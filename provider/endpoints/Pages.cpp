#include "provider/endpoints/Pages.h"

#include "provider/IssuerRuntime.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

const QString kStyle = uR"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f4f6;color:#111827;margin:0}
main{max-width:28rem;margin:3rem auto;background:#fff;border-radius:12px;box-shadow:0 4px 24px #0001;padding:2rem}
h1{font-size:1.3rem;margin:0 0 .25rem} h2{font-size:.95rem;margin:1.5rem 0 .5rem;color:#374151}
p.sub{color:#6b7280;margin:0 0 1rem} .scopes span{display:inline-block;background:#eef2ff;color:#3730a3;
border-radius:999px;padding:.1rem .6rem;margin:.1rem;font-size:.85rem}
label{display:block;margin:.5rem 0 .2rem;font-size:.9rem}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #d1d5db;
border-radius:6px;font-size:1rem}
button{font:inherit;padding:.55rem 1rem;border-radius:6px;border:1px solid #d1d5db;background:#fff;cursor:pointer}
button.primary{background:#4f46e5;color:#fff;border-color:#4f46e5} .row{display:flex;gap:.5rem;margin-top:1rem}
button.user{display:block;width:100%;text-align:left;margin:.3rem 0} button.user small{color:#6b7280}
button.user.hint{border-color:#4f46e5} .error{background:#fef2f2;color:#991b1b;border-radius:6px;padding:.6rem;margin:1rem 0}
ul.consent{padding-left:1.2rem} ul.consent li{margin:.3rem 0} ul.consent small{color:#6b7280}
footer{color:#9ca3af;font-size:.75rem;margin-top:1.5rem}
)"_s;

QString page(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
           u"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"_s
        + htmlEscape(title) + u"</title><style>"_s + kStyle + u"</style></head><body><main>"_s + body
        + u"<footer>OIDC Bench mock provider: test identities only.</footer></main></body></html>"_s;
}

QString hiddenFields(const LoginTransaction& t)
{
    return u"<input type=\"hidden\" name=\"transaction\" value=\"%1\"><input type=\"hidden\" name=\"csrf\" "
           u"value=\"%2\">"_s.arg(htmlEscape(t.id), htmlEscape(QString::fromLatin1(t.csrf)));
}

} // namespace

HttpResponse loginPage(const EndpointContext& ctx, const LoginTransaction& transaction, const Client& client,
    const QString& errorMessage, int status)
{
    const QString action = htmlEscape(ctx.issuer.endpointPath(u"login"_s));
    QString scopes;
    for (const QString& scope : transaction.scopes)
        scopes += u"<span>"_s + htmlEscape(scope) + u"</span>"_s;

    QString body = u"<h1>Sign in to %1</h1><p class=\"sub\"><b>%2</b> wants to sign you in.</p>"
                   u"<div class=\"scopes\">%3</div>"_s.arg(
                       htmlEscape(ctx.issuer.config.name), htmlEscape(client.name), scopes);
    if (!errorMessage.isEmpty())
        body += u"<div class=\"error\" role=\"alert\">"_s + htmlEscape(errorMessage) + u"</div>"_s;

    // Password form first: pressing Enter in it must submit it, not pick a user.
    body
        += u"<form method=\"post\" action=\"%1\">%2"
           u"<label for=\"username\">Username</label>"
           u"<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" value=\"%3\" "
           u"autofocus>"
           u"<label for=\"password\">Password</label>"
           u"<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">"
           u"<div class=\"row\"><button type=\"submit\" name=\"action\" value=\"login\" "
           u"class=\"primary\">Sign in"
           u"</button><button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></div></form>"_s
               .arg(action, hiddenFields(transaction), htmlEscape(transaction.loginHint));

    if (!ctx.issuer.config.users.isEmpty()) {
        body += u"<h2>Or pick a test user</h2><form method=\"post\" action=\"%1\">%2"_s.arg(
            action, hiddenFields(transaction));
        for (const User& user : ctx.issuer.config.users) {
            const QString name = user.claims.value(u"name"_s).toString();
            const QString email = user.claims.value(u"email"_s).toString();
            const bool hinted = !transaction.loginHint.isEmpty()
                && (transaction.loginHint == user.username || transaction.loginHint == email);
            body
                += u"<button type=\"submit\" class=\"user%1\" name=\"pick\" value=\"%2\">%3 <small>%4</small></button>"_s
                       .arg(hinted ? u" hint"_s : QString(), htmlEscape(user.username),
                           htmlEscape(name.isEmpty() ? user.username : name),
                           htmlEscape(email.isEmpty() ? user.subject : email));
        }
        body += u"</form>"_s;
    }
    HttpResponse r = HttpResponse::html(page(u"Sign in – "_s + ctx.issuer.config.name, body), status);
    r.clientId = client.clientId;
    return r;
}

HttpResponse consentPage(
    const EndpointContext& ctx, const LoginTransaction& transaction, const Client& client, const User& user)
{
    QString items;
    for (const QString& name : transaction.scopes) {
        const ScopeDefinition* scope = ctx.issuer.config.findScope(name);
        const QString description = scope && !scope->description.isEmpty() ? scope->description : name;
        QString claims = scope ? scope->claims.join(u", "_s) : QString();
        items += u"<li><b>%1</b> %2</li>"_s.arg(htmlEscape(name),
            claims.isEmpty() ? htmlEscape(description)
                             : u"%1 <small>(%2)</small>"_s.arg(htmlEscape(description), htmlEscape(claims)));
    }
    const QString body
        = u"<h1>Allow %1?</h1><p class=\"sub\">Signed in to %2 as <b>%3</b>. <b>%1</b> asks for:</p>"
          u"<ul class=\"consent\">%4</ul><form method=\"post\" action=\"%5\">%6<div class=\"row\">"
          u"<button type=\"submit\" name=\"action\" value=\"allow\" class=\"primary\" autofocus>Allow"
          u"</button><button type=\"submit\" name=\"action\" value=\"deny\">Deny</button></div></form>"_s.arg(
              htmlEscape(client.name.isEmpty() ? client.clientId : client.name),
              htmlEscape(ctx.issuer.config.name), htmlEscape(user.username), items,
              htmlEscape(ctx.issuer.endpointPath(u"login"_s)), hiddenFields(transaction));
    HttpResponse r = HttpResponse::html(page(u"Allow access – "_s + ctx.issuer.config.name, body), 200);
    r.clientId = client.clientId;
    return r;
}

HttpResponse loggedOutPage(const EndpointContext& ctx)
{
    const QString body
        = u"<h1>You are signed out</h1><p class=\"sub\">Your session at %1 has ended. You can close this "
          u"window.</p>"_s.arg(htmlEscape(ctx.issuer.config.name));
    return HttpResponse::html(page(u"Signed out"_s, body), 200);
}

HttpResponse logoutConfirmationPage(const EndpointContext& ctx, const core::FormData& carried,
    const QString& confirmation, const QString& username, const QString& clientName)
{
    QString fields = u"<input type=\"hidden\" name=\"confirm\" value=\"%1\">"_s.arg(htmlEscape(confirmation));
    for (const auto& [key, value] : carried.pairs())
        fields
            += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(htmlEscape(key), htmlEscape(value));
    const QString from = clientName.isEmpty()
        ? QString()
        : u" <b>%1</b> asks to sign you out."_s.arg(htmlEscape(clientName));
    const QString body
        = u"<h1>Sign out of %1?</h1><p class=\"sub\">You are signed in as <b>%2</b>.%3</p>"
          u"<form method=\"post\" action=\"%4\">%5<div class=\"row\"><button type=\"submit\" name=\"action\" "
          u"value=\"logout\" class=\"primary\" id=\"logout-confirm\" autofocus>Sign out</button>"
          u"<button type=\"submit\" name=\"action\" value=\"stay\">Stay signed in</button></div></form>"_s
              .arg(htmlEscape(ctx.issuer.config.name), htmlEscape(username), from,
                  htmlEscape(ctx.issuer.endpointPath(u"end_session"_s)), fields);
    return HttpResponse::html(page(u"Sign out?"_s, body), 200);
}

HttpResponse deviceCodePage(
    const EndpointContext& ctx, const QString& userCode, const QString& errorMessage, int status)
{
    QString body
        = u"<h1>Connect a device</h1><p class=\"sub\">Enter the code your device shows to sign it in to %1.</p>"_s
              .arg(htmlEscape(ctx.issuer.config.name));
    if (!errorMessage.isEmpty())
        body += u"<div class=\"error\" role=\"alert\">"_s + htmlEscape(errorMessage) + u"</div>"_s;
    body += u"<form method=\"post\" action=\"%1\"><label for=\"user_code\">Code</label>"
            u"<input type=\"text\" id=\"user_code\" name=\"user_code\" value=\"%2\" autocomplete=\"off\" "
            u"autofocus>"
            u"<div class=\"row\"><button type=\"submit\" class=\"primary\">Continue</button></div></form>"_s
                .arg(htmlEscape(ctx.issuer.endpointPath(u"device_verification"_s)), htmlEscape(userCode));
    return HttpResponse::html(page(u"Connect a device"_s, body), status);
}

HttpResponse messagePage(const EndpointContext& ctx, const QString& title, const QString& text, int status)
{
    Q_UNUSED(ctx);
    return HttpResponse::html(
        page(title, u"<h1>%1</h1><p class=\"sub\">%2</p>"_s.arg(htmlEscape(title), htmlEscape(text))),
        status);
}

HttpResponse errorPage(const EndpointContext& ctx, const QString& title, const QString& detail, int status,
    const QString& clientId)
{
    const QString body
        = u"<h1>%1</h1><div class=\"error\" role=\"alert\">%2</div><p class=\"sub\">Issuer: %3</p>"_s.arg(
            htmlEscape(title), htmlEscape(detail), htmlEscape(ctx.issuer.url));
    HttpResponse r = HttpResponse::html(page(title, body), status);
    r.clientId = clientId;
    return r;
}

} // namespace provider::endpoints
