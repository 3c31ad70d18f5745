#!/bin/sh
# Runs a command, inside the D-Bus session dbus-run-session started, with a fresh gnome-keyring whose login
# collection exists and is unlocked, and OIDC_BENCH_EXPECT_KEYCHAIN=1.
# usage: with-keyring.sh GNOME_KEYRING_DAEMON DBUS_SEND COMMAND [ARG...]
set -e
keyring=$1
dbus_send=$2
shift 2
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
XDG_DATA_HOME=
export HOME XDG_RUNTIME_DIR XDG_DATA_HOME
printf 'test-keyring-password' | "$keyring" --unlock --components=secrets >/dev/null
# The daemon forks and joins the bus a little later. Until it owns the Secret Service name, a request for it
# would make D-Bus start a second daemon, one without the login collection, which then fails to prompt.
tries=0
until "$dbus_send" --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not take org.freedesktop.secrets within 10 s" >&2
        exit 1
    fi
    sleep 0.1
done
OIDC_BENCH_EXPECT_KEYCHAIN=1
export OIDC_BENCH_EXPECT_KEYCHAIN
exec "$@"
