#!/usr/bin/env bash
# Sharewise developer entry point. Two commands, both idempotent:
#
#   ./dev.sh run    install what is missing, build, and start Sharewise
#   ./dev.sh test   install what is missing, build, and run every test
#
# Options for test: --asan   build and run the core, command-line and print tests with
#                            AddressSanitizer + UBSan instead (the widget tests run in
#                            the ordinary build)
#                   -R REGEX run only the tests whose names match
#
#   ./dev.sh fuzz [SECONDS]   build the libFuzzer targets with clang and run each for
#                             SECONDS (default 30) on its seed corpus, as CI does
#   ./dev.sh package [--install]  build the release Debian package (build/package/) and
#                             check it: unpacked and tried, or (as root) installed with
#                             apt-get and tried from /usr/bin, as CI does
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages needed to build, test and run.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libsecret-1-0 libsecret-tools
    libsodium-dev libsqlite3-dev libgl-dev libxkbcommon-dev
    liborcus-dev libixion-dev libfreexl-dev zlib1g-dev
    fonts-dejavu-core xvfb xauth gnome-keyring dbus-x11 dbus-daemon
    poppler-utils
)
# Only for `./dev.sh test`: the private PostgreSQL server of the `_pg` suites
# (tests/tools/pg-server.sh; the package's own "main" cluster is left alone).
TEST_PACKAGES=(postgresql)
# Only for `./dev.sh fuzz`.
FUZZ_PACKAGES=(clang-14 libfuzzer-14-dev)
# Only for `./dev.sh package` (dpkg-shlibdeps, and the desktop and MIME checks).
PACKAGE_PACKAGES=(dpkg-dev file desktop-file-utils shared-mime-info)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "These packages are missing and this is not a Debian system: ${missing[*]}" >&2
        echo "Install their equivalents, then run this again." >&2
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Missing packages: ${missing[*]}. Run as root or install sudo." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    say "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    if [ ! -f "build/$preset/build.ninja" ]; then
        say "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    say "Building ($preset)"
    cmake --build --preset "$preset"
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
    install_missing
    build release
    say "Starting Sharewise"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Sharewise on a virtual display (Xvfb)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/gui/sharewise "$@"
    fi
    exec build/release/app/gui/sharewise "$@"
    ;;
test)
    preset=debug
    ctest_args=()
    while [ $# -gt 0 ]; do
        case "$1" in
        --asan) preset=asan ;;
        -R) ctest_args+=(-R "$2"); shift ;;
        *) echo "Unknown option for test: $1" >&2; exit 1 ;;
        esac
        shift
    done
    install_missing "${TEST_PACKAGES[@]}"
    if [ "$preset" = asan ]; then
        # Sanitizers where the rules, parsers and crypto are: only the tests labelled
        # core, cli or print are built and run, which halves the sanitizer build.
        labels='^(core|cli|print)$'
        if [ ! -f "build/$preset/build.ninja" ]; then
            say "Configuring ($preset)"
            cmake --preset "$preset" >/dev/null
        fi
        say "Building ($preset: the core, command-line and print tests)"
        cmake --build --preset "$preset" --target sanitizer_tests
        say "Testing ($preset)"
        # The end-to-end share test makes a smaller file here (memory errors, not scale).
        SHAREWISE_E2E_ROWS=5000 ctest --preset "$preset" -j2 -L "$labels" "${ctest_args[@]}"
    else
        build "$preset"
        say "Testing ($preset)"
        ctest --preset "$preset" -j2 "${ctest_args[@]}"
    fi
    ;;
package)
    install_missing "${PACKAGE_PACKAGES[@]}"
    build package
    say "Packaging"
    rm -f build/package/sharewise_*.deb
    (cd build/package && cpack -G DEB >/dev/null)
    deb=$(ls build/package/sharewise_*.deb)
    echo "$deb"
    installer/linux/check-package.sh "$deb" "$@"
    ;;
fuzz)
    install_missing "${FUZZ_PACKAGES[@]}"
    say "Fuzzing"
    tests/fuzz/ci.sh "${1:-30}"
    ;;
*)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$cmd" ] && exit 1
    echo "Unknown command: $cmd" >&2
    exit 1
    ;;
esac
