#!/bin/sh
# Renders telework-month-logo.png from telework-month-logo.svg at twice its size (1280x400). Run it
# after changing the SVG and commit both files: the server embeds them, nothing renders at run time.
# Needs rsvg-convert and a Japanese font for テレワーク月間; on Debian:
#   apt-get install librsvg2-bin fonts-noto-cjk
set -eu
cd "$(dirname "$0")"
rsvg-convert --width 1280 --height 400 --output telework-month-logo.png telework-month-logo.svg
