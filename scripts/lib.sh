# Shared steps of scripts/start and scripts/test. Debian 12; run as root or with sudo available.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${OIDC_BENCH_BUILD_DIR:-$ROOT/build}"

# What building needs (Qt6HttpServer's CMake package also needs qt6-websockets-dev).
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config libssl-dev
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools)
# What the tests need besides: a browser for the interop tests, an X server for window tests, a D-Bus session
# and Secret Service (gnome-keyring) for the keychain test.
TEST_PACKAGES=(chromium xvfb xauth dbus-daemon dbus-bin gnome-keyring desktop-file-utils appstream)
# The sanitizer and fuzzing build (scripts/test-sanitizers): clang with its ASan, UBSan and libFuzzer runtimes.
SANITIZER_PACKAGES=(clang libclang-rt-14-dev)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that are not installed yet; does nothing (not even apt-get update) otherwise.
ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "Installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Node.js for the interop tests: whatever is installed, else Debian's.
ensure_node() {
    if ! command -v node >/dev/null 2>&1; then
        ensure_packages nodejs npm
    elif ! command -v npm >/dev/null 2>&1; then
        ensure_packages npm
    fi
}

build() {
    say "Building in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${OIDC_BENCH_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}
