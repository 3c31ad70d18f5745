// libFuzzer: the authorization endpoint as a whole (request parsing, client and redirect URI checks, the
// login page), fed as a GET query and as a POST form, and the pushed authorization request endpoint, through
// the provider's transport-free entry point.
#include "provider/Provider.h"

#include <QCoreApplication>

namespace {

provider::Provider& op()
{
    static provider::Provider* instance = [] {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.ensureSigningKeys();
        return new provider::Provider(ws);
    }();
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    op();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    provider::HttpRequest get;
    get.method = "GET";
    get.path = QStringLiteral("/authorize");
    get.query = input;
    get.headers.emplaceBack("host", "127.0.0.1:9400");
    const provider::HttpResponse answer = op().handle(get);
    // Never a redirect anywhere but to a registered redirect URI of the built-in workspace.
    for (const auto& [name, value] : answer.headers) {
        if (name.compare("location", Qt::CaseInsensitive) == 0 && !value.startsWith("http://localhost:")
            && !value.startsWith("http://127.0.0.1") && !value.startsWith("http://[::1]")
            && !value.startsWith("/"))
            __builtin_trap();
    }
    provider::HttpRequest post = get;
    post.method = "POST";
    post.query.clear();
    post.body = input;
    post.headers.emplaceBack("content-type", "application/x-www-form-urlencoded");
    static_cast<void>(op().handle(post));
    // The same parameters pushed (RFC 9126), checked as the authorization endpoint checks them.
    post.path = QStringLiteral("/par");
    static_cast<void>(op().handle(post));
    return 0;
}
