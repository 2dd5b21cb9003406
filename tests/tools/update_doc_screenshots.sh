#!/usr/bin/env bash
# Copies the screenshots the docs use from a `screenshots` build into docs/screenshots:
#   cmake --build build/debug --target screenshots
#   tests/tools/update_doc_screenshots.sh [build/debug/screenshots]
#
# Every screen in Welsh at 200% (NAME-cy-200.png: the layouts must hold with the longer
# Welsh text at double scale), and NAME-en.png / NAME-cy.png at 100% for the screens
# the user guide shows (those already in the folder, plus any named in docs/*.md).
# With ImageMagick 6, each file is reduced to 256 colours (half the size, the same to
# the eye: the screens are flat colours and text).
set -euo pipefail
cd "$(dirname "$0")/../.."
from=${1:-build/debug/screenshots}
to=docs/screenshots
[ -d "$from" ] || { echo "No screenshots in $from: build the 'screenshots' target first." >&2; exit 1; }
im=""
command -v convert-im6.q16 >/dev/null 2>&1 && im=convert-im6.q16
copy() {
    if [ -n "$im" ]; then
        "$im" "$1" -strip -colors 256 -define png:compression-level=9 "$2"
    else
        cp "$1" "$2"
    fi
}
count=0
for f in "$from"/*-cy-200.png; do
    copy "$f" "$to/$(basename "$f")"
    count=$((count + 1))
done
shown=$( (ls "$to" | sed -n 's/-en\.png$//p'; grep -oh 'screenshots/[a-z0-9-]*-en\.png' docs/*.md |
          sed 's|screenshots/||; s/-en\.png$//') | sort -u)
for name in $shown; do
    for lang in en cy; do
        if [ -f "$from/$name-$lang-100.png" ]; then
            copy "$from/$name-$lang-100.png" "$to/$name-$lang.png"
            count=$((count + 1))
        else
            echo "warning: $name is used in the docs but was not rendered" >&2
        fi
    done
done
echo "$count screenshots copied to $to"
