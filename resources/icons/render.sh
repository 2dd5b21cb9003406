#!/bin/sh
# Renders sharewise.svg to the PNG sizes Linux desktops and Qt use, and to sharewise.ico
# (16 to 256 pixels) for the Windows executable and installer. Needs ImageMagick 6
# (Debian: imagemagick); the results are committed, so building never needs it.
set -eu
cd "$(dirname "$0")"
im=convert-im6.q16
command -v "$im" >/dev/null 2>&1 || im=convert
for size in 16 24 32 48 64 128 256 512; do
    "$im" -background none -density $((size * 72 / 256 * 2)) sharewise.svg \
        -resize "${size}x${size}" -strip "sharewise-$size.png"
done
"$im" sharewise-16.png sharewise-24.png sharewise-32.png sharewise-48.png \
    sharewise-64.png sharewise-128.png sharewise-256.png sharewise.ico
