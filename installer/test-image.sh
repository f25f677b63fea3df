#!/usr/bin/env bash
# Builds Mechdock's container image and tests it on this machine, with no registry: the base
# image is made from Debian's packages, a private dockerd builds and runs everything, and the
# test suite's local Discord server stands in for Discord.
#
#   bash installer/test-image.sh [BUILD_DIR]     (root; BUILD_DIR defaults to build/ci)
#
# BUILD_DIR must hold app/mechdockd and tests/mechdock_localdiscord (cmake --build BUILD_DIR
# --target mechdockd mechdock_localdiscord). MECHDOCKD=PATH and LOCALDISCORD=PATH override them.
# FULL_BUILD=1 compiles mechdockd inside the image (BINARY_STAGE=build) instead of copying it;
# that takes many minutes more.
#
# Cached in /var/cache/mechdock-test between runs: the Debian root file system (as a tarball)
# and the private dockerd's data root, so the base image, the busybox image and the build cache
# survive. Every step prints one line; any failure ends the script non-zero, and the trap removes
# the containers and stops the daemon and the local Discord server.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:-$ROOT/build/ci}
MECHDOCKD=${MECHDOCKD:-$BUILD_DIR/app/mechdockd}
LOCALDISCORD=${LOCALDISCORD:-$BUILD_DIR/tests/mechdock_localdiscord}
CACHE=/var/cache/mechdock-test
BASE_TAR=$CACHE/debian-bookworm-slim.tar
IMAGE=mechdock:test
PUID=1234
PGID=2345
GUILD=41771983423143937
STATUS_CHANNEL=200000000000000001
CONTROL_CHANNEL=100000000000000001
ADMIN=420000000000000001
DOCKER=/usr/bin/docker

START=$(date +%s)
step() { printf '[%4ds] %s\n' "$(($(date +%s) - START))" "$*"; }
die() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (it starts a private dockerd)"
for tool in dockerd "$DOCKER" debootstrap busybox strip flock; do
    command -v "$tool" >/dev/null ||
        die "$tool is missing (bash installer/install-deps.sh installs docker.io, debootstrap, busybox-static)"
done
[ -x "$MECHDOCKD" ] || die "no mechdockd at $MECHDOCKD (cmake --build $BUILD_DIR --target mechdockd)"
[ -x "$LOCALDISCORD" ] ||
    die "no local Discord server at $LOCALDISCORD (cmake --build $BUILD_DIR --target mechdock_localdiscord)"

mkdir -p "$CACHE"
# One run at a time: the cached data root belongs to one dockerd.
exec 9>"$CACHE/lock"
flock -n 9 || die "another installer/test-image.sh is running (lock $CACHE/lock)"

# A short path: unix socket paths are limited to about 100 bytes.
RUN=$(mktemp -d /tmp/mdi-XXXXXX)
SOCK=$RUN/docker.sock
DISCORD_PID=
DOCKERD_PID=

d() { "$DOCKER" -H "unix://$SOCK" "$@"; }

cleanup() {
    local rc=$?
    set +e
    if [ "$rc" -ne 0 ] && [ -S "$SOCK" ] && d inspect mdimg-mechdock >/dev/null 2>&1; then
        echo "--- last lines of the Mechdock container's log ---" >&2
        d logs --tail 40 mdimg-mechdock >&2 2>&1
    fi
    exec 3>&- 2>/dev/null
    if [ -n "$DISCORD_PID" ]; then
        kill "$DISCORD_PID" 2>/dev/null
        wait "$DISCORD_PID" 2>/dev/null
    fi
    if [ -n "$DOCKERD_PID" ]; then
        local ids
        mapfile -t ids < <(d ps -aq 2>/dev/null)
        [ "${#ids[@]}" -eq 0 ] || d rm -f "${ids[@]}" >/dev/null 2>&1
        # Earlier builds of the test image, now untagged, would pile up in the cache.
        d image prune -f >/dev/null 2>&1
        kill "$DOCKERD_PID" 2>/dev/null
        for _ in $(seq 1 200); do
            kill -0 "$DOCKERD_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$DOCKERD_PID" 2>/dev/null
        wait "$DOCKERD_PID" 2>/dev/null
    fi
    # dockerd leaves its network namespace file bind-mounted in the exec root.
    awk -v run="$RUN/" 'index($2, run) == 1 {print $2}' /proc/mounts | sort -r |
        while read -r mountpoint; do umount "$mountpoint"; done
    rm -rf "$RUN"
    if [ "$rc" -eq 0 ]; then
        step "passed"
    else
        step "failed (exit $rc)"
    fi
}
trap cleanup EXIT

# The private daemon, with the flags of tests/support/dockerdaemon.cpp, but a data root that is
# kept between runs.
step "starting a private dockerd (data root $CACHE/root)"
dockerd --storage-driver=vfs --iptables=false --bridge=none -H "unix://$SOCK" \
    --data-root "$CACHE/root" --exec-root "$RUN/exec" --pidfile "$RUN/docker.pid" \
    >"$RUN/dockerd.log" 2>&1 &
DOCKERD_PID=$!
for _ in $(seq 1 300); do
    d version --format '{{.Server.APIVersion}}' >/dev/null 2>&1 && break
    kill -0 "$DOCKERD_PID" 2>/dev/null || die "dockerd exited: $(tail -5 "$RUN/dockerd.log")"
    sleep 0.1
done
d version --format '{{.Server.APIVersion}}' >/dev/null 2>&1 || die "dockerd did not answer in 30 s"
# Containers left by a run that was killed.
mapfile -t stale < <(d ps -aq)
[ "${#stale[@]}" -eq 0 ] || d rm -f "${stale[@]}" >/dev/null

# The base image: Debian's minbase, thinned the way the registry's -slim images are (no
# documentation, manual pages or translations), so the image size compares with theirs.
if d image inspect debian:bookworm-slim >/dev/null 2>&1; then
    step "base image debian:bookworm-slim is in the cached daemon"
else
    if [ ! -s "$BASE_TAR" ]; then
        step "making the base image with debootstrap (minbase, bookworm)"
        rootfs=$CACHE/rootfs
        rm -rf "$rootfs"
        debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian \
            >"$RUN/debootstrap.log" 2>&1 || die "debootstrap failed: $(tail -5 "$RUN/debootstrap.log")"
        cat >"$rootfs/etc/apt/sources.list" <<'EOF'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
        cat >"$rootfs/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
EOF
        echo 'Acquire::Languages "none";' >"$rootfs/etc/apt/apt.conf.d/no-languages"
        find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
        rm -rf "$rootfs"/usr/share/{man,info,groff,lintian,locale}/* "$rootfs"/var/lib/apt/lists/* \
            "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb
        tar -C "$rootfs" --numeric-owner -cf "$BASE_TAR.tmp" .
        mv "$BASE_TAR.tmp" "$BASE_TAR"
        rm -rf "$rootfs"
    fi
    step "importing $BASE_TAR as debian:bookworm-slim"
    d import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["bash"]' "$BASE_TAR" debian:bookworm-slim >/dev/null
fi

# The siblings' image, as the C++ test support makes it: a static busybox and a few applets.
if ! d image inspect mini:latest >/dev/null 2>&1; then
    step "making the busybox image mini:latest"
    mkdir -p "$RUN/mini/bin"
    cp "$(command -v busybox)" "$RUN/mini/bin/busybox"
    for applet in sh sleep echo cat ls seq; do ln -s busybox "$RUN/mini/bin/$applet"; done
    tar -C "$RUN/mini" -c . | d import - mini:latest >/dev/null
fi

build_started=$(date +%s)
if [ "${FULL_BUILD:-0}" = 1 ]; then
    step "building $IMAGE from the checkout, compiling mechdockd in the image"
    DOCKER_BUILDKIT=1 d build --network host -f "$ROOT/installer/docker/Dockerfile" -t "$IMAGE" \
        "$ROOT" >"$RUN/build.log" 2>&1 || die "docker build failed: $(tail -20 "$RUN/build.log")"
else
    # A build context of only what the prebuilt variant copies, at the checkout's paths.
    ctx=$RUN/context
    mkdir -p "$ctx/installer/docker/prebuilt"
    cp "$ROOT/installer/docker/Dockerfile" "$ROOT/installer/docker/entrypoint.sh" "$ctx/installer/docker/"
    strip --strip-unneeded -o "$ctx/installer/docker/prebuilt/mechdockd" "$MECHDOCKD"
    step "building $IMAGE with the prebuilt $MECHDOCKD"
    DOCKER_BUILDKIT=1 d build --network host --build-arg BINARY_STAGE=prebuilt \
        -f "$ctx/installer/docker/Dockerfile" -t "$IMAGE" "$ctx" >"$RUN/build.log" 2>&1 ||
        die "docker build failed: $(tail -20 "$RUN/build.log")"
fi
size=$(d image inspect --format '{{.Size}}' "$IMAGE")
step "built in $(($(date +%s) - build_started)) s; image size $((size / 1000000)) MB ($size bytes; DockerDiscordControl's image: about 176 MB)"

# Waits up to $2 seconds for a line matching the extended regex $1 in the local Discord
# server's output after line $3; prints the line.
discord_line() {
    local pattern=$1 timeout=$2 from=${3:-0} line
    for _ in $(seq 1 $((timeout * 10))); do
        line=$(tail -n "+$((from + 1))" "$RUN/discord.out" | grep -m1 -E -- "$pattern" || true)
        if [ -n "$line" ]; then
            printf '%s\n' "$line"
            return 0
        fi
        sleep 0.1
    done
    return 1
}
discord_lines() { wc -l <"$RUN/discord.out"; }

# Waits up to 90 s for the Mechdock container's health check to say healthy.
wait_healthy() {
    local health=
    for _ in $(seq 1 90); do
        health=$(d inspect -f '{{.State.Health.Status}}' mdimg-mechdock)
        [ "$health" = healthy ] && return 0
        [ "$(d inspect -f '{{.State.Running}}' mdimg-mechdock)" = true ] || die "the container exited"
        sleep 1
    done
    die "health is \"$health\": $(d inspect -f '{{range .State.Health.Log}}{{.Output}}{{end}}' mdimg-mechdock | tail -5)"
}

step "starting the local Discord server"
mkfifo "$RUN/discord.in"
"$LOCALDISCORD" <"$RUN/discord.in" >"$RUN/discord.out" 2>"$RUN/discord.err" &
DISCORD_PID=$!
# Held open for the whole run: orders go in here, and closing it ends the server.
exec 3>"$RUN/discord.in"
discord_line '^ready$' 10 >/dev/null || die "the local Discord server did not start: $(cat "$RUN/discord.err")"
API=$(discord_line '^api ' 1 | cut -d' ' -f2)
TOKEN=$(discord_line '^token ' 1 | cut -d' ' -f2)

step "creating two sibling containers from mini:latest"
for name in mdimg-web mdimg-db; do
    d create --name "$name" --network none --init mini:latest sleep 3600 >/dev/null
done
d start mdimg-web mdimg-db >/dev/null

# Host folders for the volumes, owned by PUID:PGID as the README tells users to do.
mkdir -p "$RUN/config" "$RUN/data"
cat >"$RUN/config/mechdock.json" <<EOF
{
  "discord": {
    "guildIds": ["$GUILD"],
    "adminUserIds": ["$ADMIN"],
    "channels": [
      {"id": "$STATUS_CHANNEL", "name": "status", "kind": "status"},
      {"id": "$CONTROL_CHANNEL", "name": "control", "kind": "control"}
    ]
  },
  "docker": {"endpoints": [{"name": "local", "uri": ""}]},
  "containers": [
    {"endpoint": "local", "name": "mdimg-web", "allowedActions": ["status", "start", "stop", "restart"]},
    {"endpoint": "local", "name": "mdimg-db", "order": 1}
  ]
}
EOF
chown -R "$PUID:$PGID" "$RUN/config" "$RUN/data"

# A free port on the host's loopback for the health endpoint (the container shares the
# host's network to reach the local Discord server).
port=
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if [ -z "$(ss -Hltn "sport = :$candidate" 2>/dev/null)" ]; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || die "no free port for the health endpoint"

# With the memory limit of installer/docker/compose.yaml, so the checks below run within it.
limit=$(sed -n 's/^ *mem_limit: *//p' "$ROOT/installer/docker/compose.yaml")
[ -n "$limit" ] || die "no mem_limit in installer/docker/compose.yaml"
step "starting the Mechdock container (PUID=$PUID PGID=$PGID, socket, /config, /data, host network, memory $limit)"
d run -d --name mdimg-mechdock --network host --memory "$limit" \
    -v "$SOCK:/var/run/docker.sock:ro" -v "$RUN/config:/config" -v "$RUN/data:/data" \
    -e PUID=$PUID -e PGID=$PGID -e DISCORD_BOT_TOKEN="$TOKEN" -e MECHDOCK_DISCORD_API_URL="$API" \
    -e MECHDOCK_HTTP_LISTEN="127.0.0.1:$port" --health-interval 2s "$IMAGE" >/dev/null

discord_line '^identified ' 60 >/dev/null || die "the bot did not connect to the local Discord server"
step "the bot connected to the local Discord server"

wait_healthy
step "health check (mechdockd health): healthy"

user=$(d exec mdimg-mechdock sh -c 'cat /proc/1/status' | awk '/^Uid:/{u=$2} /^Gid:/{g=$2} END{print u ":" g}')
[ "$user" = "$PUID:$PGID" ] || die "mechdockd runs as $user, not $PUID:$PGID"
step "mechdockd is PID 1 and runs as $user"

# /ss lists the siblings once the bot has seen them (its control messages are posted then).
discord_line "^created $CONTROL_CHANNEL .*mdimg-web" 60 >/dev/null || die "no control message for mdimg-web"
from=$(discord_lines)
echo "command $STATUS_CHANNEL $ADMIN ss" >&3
id=$(discord_line '^sent ' 5 "$from" | cut -d' ' -f2) || die "the /ss interaction was not sent"
reply=$(discord_line "^callback $id " 15 "$from") || die "no answer to /ss"
case "$reply" in
*mdimg-web*mdimg-db* | *mdimg-db*mdimg-web*) ;;
*) die "the /ss answer does not name both siblings: $reply" ;;
esac
step "/ss lists mdimg-web and mdimg-db"

from=$(discord_lines)
echo "click $CONTROL_CHANNEL $ADMIN mdimg-web stop" >&3
id=$(discord_line '^(sent|error) ' 5 "$from" | sed -n 's/^sent //p') || true
[ -n "$id" ] || die "no Stop button: $(discord_line '^error ' 1 "$from")"
discord_line "^callback $id " 15 "$from" >/dev/null || die "the Stop click was not answered"
state=
for _ in $(seq 1 300); do
    state=$(d inspect -f '{{.State.Status}}' mdimg-web)
    [ "$state" = exited ] && break
    sleep 0.1
done
[ "$state" = exited ] || die "mdimg-web is \"$state\" after the Stop click"
[ "$(d inspect -f '{{.State.Status}}' mdimg-db)" = running ] || die "mdimg-db stopped too"
step "the Stop button stopped mdimg-web (docker inspect: exited)"

# Memory after the work above, with the bot connected and idle.
sleep 5
mem=$(d stats --no-stream --format '{{.MemUsage}}' mdimg-mechdock)
rss=$(d exec mdimg-mechdock sh -c 'grep VmRSS /proc/1/status' | awk '{print $2 " " $3}')
# What a memory limit counts: the cgroup's usage including the page cache (docker stats leaves
# the cache out), now and at its peak (cgroup v1 or v2).
cgroup=$(d exec mdimg-mechdock sh -c '
    if [ -r /sys/fs/cgroup/memory/memory.usage_in_bytes ]; then
        cat /sys/fs/cgroup/memory/memory.usage_in_bytes /sys/fs/cgroup/memory/memory.max_usage_in_bytes
    else
        cat /sys/fs/cgroup/memory.current; cat /sys/fs/cgroup/memory.peak 2>/dev/null || echo 0
    fi' | awk '{v[NR] = int($1 / 1048576)} END {print v[1] " MiB, peak " v[2] " MiB"}')
step "memory: docker stats $mem; mechdockd RSS $rss; cgroup with page cache $cgroup (DockerDiscordControl's limit: 512 MB)"

files=$(find "$RUN/data" -mindepth 1 | wc -l)
foreign=$(find "$RUN/data" -mindepth 1 \( ! -uid "$PUID" -o ! -gid "$PGID" \) -printf '%p %U:%G\n')
[ "$files" -gt 0 ] || die "mechdockd wrote nothing in /data"
[ -z "$foreign" ] || die "files in /data not owned by $PUID:$PGID: $foreign"
step "all $files files in /data belong to $PUID:$PGID"

stop_started=$(date +%s%N)
d stop -t 30 mdimg-mechdock >/dev/null
stop_ms=$((($(date +%s%N) - stop_started) / 1000000))
code=$(d inspect -f '{{.State.ExitCode}}' mdimg-mechdock)
[ "$code" = 0 ] || die "docker stop: exit code $code"
[ "$stop_ms" -lt 5000 ] || die "docker stop took $stop_ms ms"
step "docker stop: exit code 0 after $stop_ms ms"

# A restart (what restart: unless-stopped does) runs the entrypoint again in the same container,
# whose users and groups it changed on the first start.
d start mdimg-mechdock >/dev/null
wait_healthy
d stop -t 30 mdimg-mechdock >/dev/null
code=$(d inspect -f '{{.State.ExitCode}}' mdimg-mechdock)
[ "$code" = 0 ] || die "docker stop after the restart: exit code $code"
step "started again in the same container: healthy, then stopped with exit code 0"

# The permission problems users meet: each must end the container with the message and fix.
# Runs the image with the given docker run options; checks exit code $1 and that the output
# holds every further argument after "--".
expect_refusal() {
    local want=$1 opts=() out code
    shift
    while [ "$1" != -- ]; do
        opts+=("$1")
        shift
    done
    shift
    code=0
    out=$(timeout 60 "$DOCKER" -H "unix://$SOCK" run --rm --network none -e PUID=$PUID -e PGID=$PGID \
        "${opts[@]}" "$IMAGE" 2>&1) || code=$?
    [ "$code" = "$want" ] || die "expected exit $want, got $code: $out"
    for text in "$@"; do
        [[ $out == *"$text"* ]] || die "the message lacks \"$text\": $out"
    done
    printf '%s\n' "$out" | grep '^mechdock: ' | sed 's/^/         /'
}

step "refusal: socket mounted, group detection off (DOCKER_GID=off)"
expect_refusal 77 -v "$SOCK:/var/run/docker.sock:ro" -v "$RUN/config:/config" -v "$RUN/data:/data" \
    -e DOCKER_GID=off -- "cannot use the Docker socket /var/run/docker.sock" "Remove DOCKER_GID=off"

step "refusal: no socket at DOCKER_HOST's path"
expect_refusal 69 -e DOCKER_HOST=unix:///run/nothing/docker.sock -v "$RUN/config:/config" \
    -v "$RUN/data:/data" -- "no Docker socket at /run/nothing/docker.sock" "docker.sock:/var/run/docker.sock:ro"

mkdir -p "$RUN/rootconfig" "$RUN/nasdata"
chmod 755 "$RUN/rootconfig"
step "refusal: /config owned by root"
expect_refusal 77 -v "$SOCK:/var/run/docker.sock:ro" -v "$RUN/rootconfig:/config" -v "$RUN/data:/data" \
    -- "/config is not writable for $PUID:$PGID" "chown -R $PUID:$PGID" "FIX_PERMISSIONS=true"

# A data folder that an Unraid container left behind (files of nobody:users, private).
cp "$RUN/config/mechdock.json" "$RUN/nasdata/leftover.dat"
chown "$PUID:$PGID" "$RUN/nasdata"
chown 99:100 "$RUN/nasdata/leftover.dat"
chmod 600 "$RUN/nasdata/leftover.dat"
step "refusal: files in /data owned by Unraid's 99:100"
expect_refusal 77 -v "$SOCK:/var/run/docker.sock:ro" -v "$RUN/config:/config" -v "$RUN/nasdata:/data" \
    -- "cannot read and write these files in /data" "Unraid" "PUID=99 PGID=100"

step "FIX_PERMISSIONS=true repairs that folder and the container starts"
d run -d --name mdimg-fixed --network none -v "$SOCK:/var/run/docker.sock:ro" \
    -v "$RUN/config:/config" -v "$RUN/nasdata:/data" -e PUID=$PUID -e PGID=$PGID \
    -e FIX_PERMISSIONS=true -e MECHDOCK_HTTP_LISTEN= "$IMAGE" >/dev/null
for _ in $(seq 1 100); do
    [ "$(stat -c %u:%g "$RUN/nasdata/leftover.dat")" = "$PUID:$PGID" ] && break
    sleep 0.1
done
[ "$(stat -c %u:%g "$RUN/nasdata/leftover.dat")" = "$PUID:$PGID" ] || die "FIX_PERMISSIONS did not chown /data"
sleep 2
[ "$(d inspect -f '{{.State.Running}}' mdimg-fixed)" = true ] ||
    die "the repaired container exited: $(d logs mdimg-fixed 2>&1 | tail -5)"
d rm -f mdimg-fixed >/dev/null

step "image $((size / 1000000)) MB; memory $mem; total $(($(date +%s) - START)) s"
