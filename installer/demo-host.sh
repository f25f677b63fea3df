# A private demo host for the screenshot scripts (sourced, not run): a dockerd of its own in a
# temporary folder (vfs, no bridge or iptables, so the host's Docker is untouched), five
# containers that print a line every two seconds (three running), and $work/mechdock.json
# configuring them. demo_extra_settings, when set, is appended to the settings object
# (",\n  \"web\": {...}"). Everything goes when the sourcing script exits.
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
  "http": {"listen": ""}${demo_extra_settings:-}
}
EOF

