#pragma once

#include <QHostAddress>
#include <QString>

// Listening sockets made by hand, for what QTcpServer cannot ask for: SO_REUSEPORT, so that one server per
// thread shares the port and the kernel spreads the connections among them.
namespace provider::http {

// A TCP socket bound to address:port, listening unless only `probing`, shared with other sockets of this user
// that ask for it too when `reusePort` (SO_REUSEPORT); or -1 with *error set.
int boundSocket(const QHostAddress& address, quint16 port, bool reusePort, bool probing, QString* error);
// The port a socket is bound to.
quint16 boundPort(int fd);
// A listening socket for a group of servers sharing the port; or -1 with *error set. The first of the group
// first binds the port without SO_REUSEPORT, which fails while anything else holds it (another oidc-bench
// among others), then lets it go for the group's socket.
int sharedListener(const QHostAddress& address, quint16 port, bool first, QString* error);

} // namespace provider::http
