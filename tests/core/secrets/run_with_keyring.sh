#!/bin/sh
# Runs one test inside its own D-Bus session with its own, freshly made and unlocked
# GNOME Keyring, so a test of the real credential store never sees (or leaves anything
# in) a developer's keyring.
#
#   run_with_keyring.sh [--without-keyring] <private folder> <test binary> [arguments...]
#
# Everything the keyring keeps goes under <private folder>/run, which is emptied first.
# --without-keyring gives a session bus on which no Secret Service exists or can be
# started, to check what the user is told on such a computer; the test sees
# SHAREWISE_TEST_NO_KEYRING=1.
set -eu

keyring=yes
if [ "${1:-}" = "--without-keyring" ]; then
    keyring=no
    shift
fi
if [ "$#" -lt 2 ]; then
    echo "usage: $0 [--without-keyring] <private folder> <test binary> [arguments...]" >&2
    exit 2
fi
base=$1
shift

for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is missing: install dbus, gnome-keyring and coreutils to run this test" >&2
        exit 1
    fi
done

run="$base/run"
rm -rf "$run"
mkdir -p "$run/home" "$run/config" "$run/data" "$run/cache" "$run/runtime"
chmod 0700 "$run/runtime"

export HOME="$run/home"
export XDG_CONFIG_HOME="$run/config"
export XDG_DATA_HOME="$run/data"
export XDG_CACHE_HOME="$run/cache"
export XDG_RUNTIME_DIR="$run/runtime"
export QT_QPA_PLATFORM=offscreen
# Nothing from the caller's desktop session may leak in and redirect QtKeychain.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
    XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION \
    KDE_SESSION_VERSION 2>/dev/null || true

if [ "$keyring" = no ]; then
    # A bus with no service folders, so D-Bus cannot start a keyring on demand.
    cat >"$run/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    export SHAREWISE_TEST_NO_KEYRING=1
    exec timeout --kill-after=10 100 dbus-run-session --config-file="$run/bus.conf" -- "$@"
fi

# The keyring daemon and the bus end with the session; timeout stops a hung run. The
# test starts only once the keyring owns its bus name: asking earlier would make D-Bus
# start a second keyring daemon, racing the first.
# shellcheck disable=SC2016 # expanded by the inner shell, on purpose
exec timeout --kill-after=10 100 dbus-run-session -- sh -c '
    echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "gnome-keyring-daemon did not start its Secret Service" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"' sh "$@"
