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

work=$(mktemp -d /tmp/mechdock-shots.XXXXXX)
sock=$work/docker.sock
dockerd_pid=
cleanup() {
    if [ -n "$dockerd_pid" ]; then
        docker -H "unix://$sock" rm -f $(docker -H "unix://$sock" ps -aq) >/dev/null 2>&1 || true
        kill "$dockerd_pid" 2>/dev/null || true
        wait "$dockerd_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A daemon of its own: vfs storage, no bridge or iptables, so the host's Docker is untouched.
dockerd --storage-driver=vfs --iptables=false --bridge=none -H "unix://$sock" \
    --data-root "$work/root" --exec-root "$work/exec" --pidfile "$work/dockerd.pid" \
    >"$work/dockerd.log" 2>&1 &
dockerd_pid=$!
dock() { docker -H "unix://$sock" "$@"; }
for _ in $(seq 150); do dock version >/dev/null 2>&1 && break; sleep 0.2; done
dock version >/dev/null || { cat "$work/dockerd.log" >&2; exit 1; }

# The image: a static busybox, enough for a shell loop that logs.
mkdir -p "$work/rootfs/bin"
cp "$(command -v busybox || echo /bin/busybox)" "$work/rootfs/bin/busybox"
for applet in sh sleep echo date; do ln -s busybox "$work/rootfs/bin/$applet"; done
tar -C "$work/rootfs" -cf "$work/rootfs.tar" .
dock import "$work/rootfs.tar" mini:latest >/dev/null

loop='i=0; while :; do i=$((i+1)); echo "$(date -u +%H:%M:%S) tick $i"; sleep 2; done'
for name in minecraft valheim jellyfin nextcloud factorio; do
    dock create --name "$name" --network none --init mini:latest sh -c "$loop" >/dev/null
done
dock start minecraft valheim nextcloud >/dev/null

cat >"$work/mechdock.json" <<EOF
{
  "docker": {"endpoints": [{"name": "local", "uri": "unix://$sock"}], "backgroundRefreshSec": 5},
  "containers": [
    {"name": "minecraft", "displayName": "Minecraft", "order": 0,
     "allowedActions": ["status", "start", "stop", "restart"]},
    {"name": "valheim", "displayName": "Valheim", "order": 1,
     "allowedActions": ["status", "start", "stop", "restart"]},
    {"name": "jellyfin", "displayName": "Jellyfin", "order": 2, "allowedActions": ["status", "start"]},
    {"name": "nextcloud", "displayName": "Nextcloud", "order": 3, "allowedActions": ["status"]},
    {"name": "factorio", "displayName": "Factorio", "order": 4,
     "allowedActions": ["status", "start", "stop"]}
  ],
  "http": {"listen": ""}
}
EOF

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
