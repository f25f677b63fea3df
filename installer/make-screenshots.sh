#!/usr/bin/env bash
# Screenshots of every panel page, taken by the panel itself under Xvfb, against a private real
# dockerd holding a few containers (some running, printing log lines). Needs root (dockerd) and
# the packages from install-deps.sh.
#
#   bash installer/make-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/default, OUT_DIR to resources/screenshots (the README's pictures).
# Then the same pages in German, French and Chinese at 1024x700, the smallest screen the panel
# is made for, in OUT_DIR/<language>/ (to check that no text is cut); MECHDOCK_SCREENSHOT_LANGUAGES
# chooses others ("" for none).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
out=$(readlink -f "${2:-resources/screenshots}")
binary=$build/app/mechdock
[ -x "$binary" ] || { echo "make-screenshots: $binary not found; build first" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "make-screenshots: needs root to start a private dockerd" >&2; exit 1; }

source installer/demo-host.sh

mkdir -p "$out"
# A few seconds of history for the charts, stats for the running containers, then every page.
HOME=$work MECHDOCK_SCREENSHOT_DELAY_MS=${MECHDOCK_SCREENSHOT_DELAY_MS:-8000} \
    xvfb-run -a -s "-screen 0 1280x900x24" \
    "$binary" --config "$work/mechdock.json" --data-dir "$work/data" --screenshots "$out"
ls -1 "$out"
for language in ${MECHDOCK_SCREENSHOT_LANGUAGES-de fr zh_CN}; do
    HOME=$work MECHDOCK_SCREENSHOT_DELAY_MS=${MECHDOCK_SCREENSHOT_DELAY_MS:-8000} \
        MECHDOCK_SCREENSHOT_SIZE=1024x700 xvfb-run -a -s "-screen 0 1280x900x24" \
        "$binary" --config "$work/mechdock.json" --data-dir "$work/data-$language" \
        --language "$language" --screenshots "$out/$language"
    ls -1 "$out/$language"
done
