#!/usr/bin/env bash
# Checks a built Debian package the way a council's IT would meet it:
#   installer/linux/check-package.sh build/package/sharewise_X_amd64.deb [--install]
#
# 1. Its control data: name, version, the run-time dependencies dpkg-shlibdeps cannot
#    see (Qt's platform plugins and SQLite driver, libsecret), and its files (both
#    programs, the desktop entry, the icon sizes, the .swb MIME type).
# 2. With --install (as root: CI does this), installs it with apt-get, which must
#    resolve every dependency, and tries the installed /usr/bin programs. Without it,
#    unpacks it into a temporary folder and tries the programs from there.
# 3. The try: `sharewise-cli --version`, then two people each make an identity file,
#    exchange key cards, one seals a small CSV to the other, the other verifies and
#    opens it, and the data comes out byte for byte; a Welsh message proves the
#    translations are inside. Everything runs in a temporary HOME.
set -euo pipefail
deb=${1:?usage: check-package.sh PACKAGE.deb [--install]}
mode=${2:-}
deb=$(readlink -f "$deb")
fail() { echo "check-package: $*" >&2; exit 1; }
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Checking the package's control data"
[ "$(dpkg-deb -f "$deb" Package)" = sharewise ] || fail "the package is not named sharewise"
depends=$(dpkg-deb -f "$deb" Depends)
for need in qt6-qpa-plugins libqt6sql6-sqlite libsecret-1-0 libsodium libqt6keychain libqt6widgets6; do
    grep -q "$need" <<<"$depends" || fail "Depends lacks $need: $depends"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/sharewise ./usr/bin/sharewise-cli ./usr/share/applications/sharewise.desktop \
         ./usr/share/mime/packages/sharewise.xml ./usr/share/icons/hicolor/scalable/apps/sharewise.svg \
         ./usr/share/icons/hicolor/48x48/apps/sharewise.png ./usr/share/icons/hicolor/256x256/apps/sharewise.png; do
    grep -qx "$f" <<<"$files" || fail "the package lacks $f"
done
if dpkg-deb -c "$deb" | awk '{print $6}' | grep -E '^\./usr/(lib|bin)/.*(tst_|bench_)'; then
    fail "the package carries tests or benchmarks"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$mode" = --install ]; then
    [ "$(id -u)" -eq 0 ] || fail "--install needs root"
    say "Installing $(basename "$deb") with apt-get"
    apt-get install -y -qq --reinstall "$deb" >/dev/null
    dpkg -s sharewise | grep -q '^Status: install ok installed' || fail "dpkg does not list it as installed"
    bin=/usr/bin
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate /usr/share/applications/sharewise.desktop ||
            fail "the desktop entry is not valid"
    fi
    # shared-mime-info's trigger has compiled the type into the MIME database.
    if [ -d /usr/share/mime/application ]; then
        [ -f /usr/share/mime/application/x-sharewise-bundle.xml ] ||
            fail "the .swb MIME type is not in the MIME database after installing"
    fi
else
    say "Unpacking $(basename "$deb") to try its programs (use --install as root to install it)"
    dpkg-deb -x "$deb" "$work/root"
    bin=$work/root/usr/bin
fi

say "Trying the installed programs"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
cli=$bin/sharewise-cli
version=$("$cli" --version)
echo "  $version"
grep -q "^sharewise-cli " <<<"$version" || fail "unexpected --version output: $version"
"$bin/sharewise" --version | grep -q "^sharewise " || fail "sharewise --version failed"

cd "$work"
printf 'correct horse battery staple\n' >pass.txt
printf 'case_id,postcode,age\nC001,LL15 1AB,34\nC002,"LL16 2CD",71\n' >cases.csv
for who in sender receiver; do
    "$cli" --db "$who.sqlite" keygen --name "$who" --identity-file "$who.swid" \
        --identity-passphrase-file pass.txt >"$who.card" 2>/dev/null
done
"$cli" --db sender.sqlite recipients add receiver.card --organisation "Welsh Government" \
    --contact receiver --verified >/dev/null
"$cli" --db receiver.sqlite recipients add sender.card --organisation "Denbighshire" \
    --contact sender --verified >/dev/null
"$cli" --db sender.sqlite seal cases.csv -o cases.swb --to receiver \
    --identity-file sender.swid --identity-passphrase-file pass.txt >/dev/null
"$cli" --db receiver.sqlite verify cases.swb \
    --identity-file receiver.swid --identity-passphrase-file pass.txt >/dev/null
"$cli" --db receiver.sqlite open cases.swb -o opened \
    --identity-file receiver.swid --identity-passphrase-file pass.txt >/dev/null
cmp cases.csv opened/cases.csv || fail "the opened data differs from what was sealed"
# A bundle changed by one byte must be refused (exit 3) and write nothing.
cp cases.swb bad.swb
printf '\x00' | dd of=bad.swb bs=1 seek=200 conv=notrunc status=none
set +e
"$cli" --db receiver.sqlite open bad.swb -o bad \
    --identity-file receiver.swid --identity-passphrase-file pass.txt >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "a damaged bundle gave exit $rc, not 3"
[ ! -e bad/cases.csv ] || fail "a damaged bundle wrote data"
# The Welsh translation is inside the program.
welsh=$("$cli" --lang cy open missing.swb -o out 2>&1 || true)
grep -qi "bwndel\|ffeil" <<<"$welsh" || fail "no Welsh message: $welsh"
say "The package is sound: installed, sealed, verified and opened ($version)"
