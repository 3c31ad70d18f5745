#include "provider/http/ReusePortSocket.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace provider::http {

// A TCP socket bound to address:port, listening unless only `probing`, shared with other sockets of this user
// that ask for it too when `reusePort` (SO_REUSEPORT); or -1 with *error set.
int boundSocket(const QHostAddress& address, quint16 port, bool reusePort, bool probing, QString* error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    auto fail = [&](int code) {
        *error = QString::fromLocal8Bit(std::strerror(code));
        if (fd >= 0)
            ::close(fd);
        return -1;
    };
    if (fd < 0)
        return fail(errno);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (reusePort && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0)
        return fail(errno);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0)
        return fail(errno);
    if (!probing && ::listen(fd, SOMAXCONN) != 0)
        return fail(errno);
    return fd;
}

// The port a socket is bound to.
quint16 boundPort(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return 0;
    return ntohs(storage.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port
                                               : reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
}

// A listening socket for a group of servers sharing the port; or -1 with *error set. The first of the group
// first binds the port without SO_REUSEPORT, which fails while anything else holds it (another oidc-bench
// among others), then lets it go for the group's socket.
int sharedListener(const QHostAddress& address, quint16 port, bool first, QString* error)
{
    if (first) {
        const int probe = boundSocket(address, port, false, true, error);
        if (probe < 0)
            return -1;
        port = boundPort(probe);
        ::close(probe);
    }
    return boundSocket(address, port, true, false, error);
}

} // namespace provider::http
