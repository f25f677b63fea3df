#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start Mechdock: the panel when a display is
# present, otherwise the headless service. Extra arguments go to mechdock (e.g. --config PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/installer/install-deps.sh"
cmake --preset default -S "$root" >/dev/null
cmake --build --preset default -j"$(nproc)"
binary="$root/build/default/app/mechdock"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the headless service (Ctrl+C stops it)."
    exec "$binary" --service "$@"
fi
exec "$binary" "$@"
