#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the test suite (the `_pg` twins of the
# store suites; see cmake/SharewiseTesting.cmake).
#
#   pg-server.sh start DIR   stop any server left in DIR by an interrupted run, make DIR
#                            afresh, initdb DIR/data and start the server, listening only
#                            on a Unix socket in DIR/socket (no TCP); writes DIR/conninfo
#   pg-server.sh stop DIR    stop the server (fast shutdown) and remove DIR; quiet and
#                            successful when nothing runs there
#   pg-server.sh env DIR     print the connection string the tests use, one line:
#                            host=DIR/socket port=PORT user=sharewise_test dbname=postgres
#
# initdb and postgres refuse to run as root: as root the server runs as the `postgres`
# system user (created by Debian's postgresql package); otherwise as yourself. The
# server programs are found under /usr/lib/postgresql/<version>/bin (Debian keeps them
# off PATH; the newest version wins), else on PATH; PG_BINDIR overrides both.
# The server is tuned for speed, not safety (fsync off): it holds only test data.
set -euo pipefail

PORT=5432 # only names the socket file: the socket directory is private to DIR
USER_NAME=sharewise_test
MARKER=.sharewise-pg-server

die() {
    printf 'pg-server.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -eq 2 ] || usage
cmd=$1
dir=$2
case "$dir" in
/*) ;;
*) die "The folder must be an absolute path, not '$dir'." ;;
esac
dir=${dir%/}
[ -n "$dir" ] || die "Refusing to use / as the server folder: give a folder of its own."
data=$dir/data
socket=$dir/socket
conninfo="host=$socket port=$PORT user=$USER_NAME dbname=postgres"

# A Unix socket path holds at most 107 bytes.
if [ $((${#socket} + 20)) -gt 107 ]; then
    die "The folder '$dir' is too long for a Unix socket path: use a shorter one, for example under /tmp."
fi

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        [ -x "$PG_BINDIR/pg_ctl" ] || die "PG_BINDIR is set to '$PG_BINDIR', but it holds no pg_ctl."
        printf '%s\n' "$PG_BINDIR"
        return
    fi
    local found
    found=$(printf '%s\n' /usr/lib/postgresql/*/bin/pg_ctl | grep -v '\*' | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found" ]; then
        dirname "$found"
        return
    fi
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    die "The PostgreSQL server programs (initdb, pg_ctl) were not found: install the postgresql package (apt-get install postgresql), or configure with -DSHAREWISE_TEST_POSTGRES=OFF to skip the PostgreSQL tests."
}

# Runs a command as USER: directly when that is who we are, else (as root) via runuser.
as_user() {
    local user=$1
    shift
    if [ "$user" = "$(id -un)" ]; then
        "$@"
    else
        # runuser lives in /usr/sbin, which a root shell's PATH may lack.
        local runuser
        runuser=$(PATH=$PATH:/usr/sbin:/sbin command -v runuser) ||
            die "runuser (util-linux) was not found: it is needed to run the server as '$user'."
        "$runuser" -u "$user" -- "$@"
    fi
}

# The account that runs a new server: `postgres` when we are root, else ourselves.
server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        getent passwd postgres >/dev/null ||
            die "Running as root, but there is no 'postgres' user to run the server: install the postgresql package, or run the tests as an ordinary user."
        echo postgres
    else
        id -un
    fi
}

# Whether process PID is the live PostgreSQL server of DIR, run by OWNER. With /proc:
# a `postgres` process of that account, started on DIR/data, that is not a zombie (a
# killed server stays one until its parent reaps it). Without: `pg_ctl status`, run as OWNER.
server_alive() {
    local pid=$1 owner=$2 bindir=$3 state
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    if [ -d /proc/self ]; then
        [ -r "/proc/$pid/stat" ] || return 1
        state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
        [ -n "$state" ] && [ "$state" != Z ] || return 1
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] || return 1
        [ "$(stat -c %U "/proc/$pid" 2>/dev/null)" = "$owner" ] || return 1
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$data" || return 1
        return 0
    fi
    (cd / && as_user "$owner" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1)
}

# Stops a server running in DIR (if any) and removes DIR. Quiet when nothing runs.
stop_and_remove() {
    [ -e "$dir" ] || return 0
    if [ -n "$(ls -A "$dir" 2>/dev/null)" ] && [ ! -e "$dir/$MARKER" ]; then
        die "'$dir' exists and was not made by pg-server.sh: refusing to remove it; choose another folder."
    fi
    if [ -f "$data/postmaster.pid" ]; then
        local bindir owner pid
        bindir=$(find_bindir)
        owner=$(stat -c %U "$data")
        pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
        if server_alive "$pid" "$owner" "$bindir"; then
            if ! (cd / && as_user "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1); then
                (cd / && as_user "$owner" "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1) ||
                    die "The test server in '$dir' (process $pid) did not stop: stop it by hand, then run this again."
            fi
        fi
    fi
    # Renamed first (one atomic step), so that a removal cut short on a slow machine never
    # leaves a half-deleted DIR that the next start would refuse; leftovers from such a
    # run are removed here too. Children of a killed postmaster may still be exiting:
    # retry once.
    local gone="$dir.removing.$$"
    mv "$dir" "$gone"
    rm -rf "$gone" 2>/dev/null || {
        sleep 1
        rm -rf "$gone"
    }
    rm -rf "$dir".removing.* 2>/dev/null || true
}

start() {
    local bindir user t0 ms
    t0=$(date +%s%N)
    bindir=$(find_bindir)
    [ -x "$bindir/initdb" ] || die "'$bindir' holds pg_ctl but no initdb: install the full PostgreSQL server package."
    user=$(server_user)

    stop_and_remove
    mkdir -m 0700 "$dir"
    touch "$dir/$MARKER"
    mkdir -m 0700 "$socket"
    if [ "$user" != "$(id -un)" ]; then
        chown -R "$user:" "$dir"
    fi

    # C.UTF-8 where the system has it (Debian 12 does), else the plain C locale.
    local locale_args=(--no-locale)
    if grep -qix 'c\.utf-\?8' <<<"$(locale -a 2>/dev/null)"; then
        locale_args=(--locale=C.UTF-8)
    fi
    if ! (cd "$dir" && as_user "$user" "$bindir/initdb" -D "$data" --auth=trust \
        --username="$USER_NAME" --encoding=UTF8 "${locale_args[@]}" >"$dir/initdb.log" 2>&1); then
        tail -n 30 "$dir/initdb.log" >&2
        die "initdb failed in '$data' (log above, in full in $dir/initdb.log)."
    fi

    # Appended settings override initdb's defaults (the last setting wins).
    as_user "$user" tee -a "$data/postgresql.conf" >/dev/null <<EOF

# pg-server.sh: a private test server, fast and unsafe (its data is thrown away).
listen_addresses = ''
unix_socket_directories = '$socket'
unix_socket_permissions = 0700
port = $PORT
max_connections = 100
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    if ! (cd "$dir" && as_user "$user" "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" \
        -w -t 60 start >"$dir/pg_ctl.log" 2>&1); then
        tail -n 30 "$dir/server.log" "$dir/pg_ctl.log" >&2 2>/dev/null || true
        die "The PostgreSQL test server did not start in '$dir' (log above, in full in $dir/server.log)."
    fi
    echo "$conninfo" >"$dir/conninfo"
    chmod 0644 "$dir/conninfo"
    if [ "$user" != "$(id -un)" ]; then
        chown "$user:" "$dir/conninfo"
    fi
    ms=$((($(date +%s%N) - t0) / 1000000))
    printf '%s test server started as %s on %s in %d.%03d s\n' \
        "$("$bindir/postgres" --version)" "$user" "$socket" $((ms / 1000)) $((ms % 1000))
}

case "$cmd" in
start) start ;;
stop) stop_and_remove ;;
env)
    [ -f "$dir/conninfo" ] || die "No test server in '$dir': run 'pg-server.sh start $dir' first."
    cat "$dir/conninfo"
    ;;
*) usage ;;
esac
