#!/usr/bin/env bash
# Screenshots of every page of the web control page at desktop (1280x900) and phone (375x812)
# width, in headless Chromium, against `mechdockd` and the private demo host of
# make-screenshots.sh (a dockerd of its own with five containers). The first-run setup is done
# with the code from the service's log; a few donations and schedules give the pages something
# to show. Needs root (dockerd) and the packages from install-deps.sh.
#
#   bash installer/make-web-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/default, OUT_DIR to resources/screenshots/web.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
out=$(readlink -f "${2:-resources/screenshots/web}")
binary=$build/app/mechdockd
[ -x "$binary" ] || { echo "make-web-screenshots: $binary not found; build first" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "make-web-screenshots: needs root to start a private dockerd" >&2; exit 1; }

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
demo_extra_settings=",
  \"web\": {\"listen\": \"127.0.0.1:$port\"}"
source installer/demo-host.sh

service_pid=
stop_all() {
    [ -z "$service_pid" ] || { kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; }
    cleanup
}
trap stop_all EXIT
HOME=$work DBUS_SESSION_BUS_ADDRESS=disabled: \
    "$binary" --config "$work/mechdock.json" --data-dir "$work/data" >"$work/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 150); do grep -q "setup code" "$work/service.log" && break; sleep 0.2; done
code=$(grep -o 'setup code [A-Z0-9-]*' "$work/service.log" | head -1 | cut -d' ' -f3)
[ -n "$code" ] || { cat "$work/service.log" >&2; exit 1; }
HOME=$work /usr/bin/python3 tests/web/browser_check.py --url "http://127.0.0.1:$port/" \
    --code "$code" --shots "$out"
ls -1 "$out"
