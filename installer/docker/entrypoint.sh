#!/bin/sh
# Entrypoint of Mechdock's container image. Started as root, it gives the user "mechdock" the ids
# PUID:PGID, lets it use the mounted Docker socket by joining the socket's group, checks that it
# can use the socket, /config and /data (naming each problem with the exact fix), then drops
# root and execs mechdockd, which becomes PID 1 and handles SIGTERM itself.
#
# Environment:
#   PUID, PGID        the ids mechdockd runs with (default 1000:1000; Unraid 99:100,
#                     Synology 1026:100, TrueNAS SCALE 568:568)
#   DOCKER_GID        the group to join for the socket: empty or "auto" (the socket's own group),
#                     a number, or "off" (join none)
#   DOCKER_HOST       unix://PATH moves the socket; tcp:// endpoints have nothing to check here
#   FIX_PERMISSIONS   "true": chown -R PUID:PGID /config and /data before starting
# Exit codes: 64 a bad PUID/PGID/DOCKER_GID value, 69 no Docker socket, 77 a permission problem.
set -eu

PUID=${PUID:-1000}
PGID=${PGID:-1000}
DOCKER_GID=${DOCKER_GID:-auto}
DATA_DIR=${MECHDOCK_DATA_DIR:-/data}
CONFIG_FILE=${MECHDOCK_CONFIG:-/config/mechdock.json}
CONFIG_DIR=$(dirname "$CONFIG_FILE")

say() { printf 'mechdock: %s\n' "$*" >&2; }
# Every fatal problem ends here: the message, then the fixes, one per line.
fail() {
    code=$1
    shift
    printf 'mechdock: ERROR: %s\n' "$1" >&2
    shift
    for line in "$@"; do
        [ -z "$line" ] || printf 'mechdock:   %s\n' "$line" >&2
    done
    exit "$code"
}

# Names the ids NAS systems give their users, so a mismatch is recognisable at a glance.
known_ids() {
    case "$1" in
    99:100) echo " (Unraid's nobody:users)" ;;
    1026:100) echo " (Synology's first user, group users)" ;;
    568:568) echo " (TrueNAS SCALE's apps:apps)" ;;
    1000:1000) echo " (the first user on most Linux systems)" ;;
    0:0) echo " (root)" ;;
    esac
}
NAS_IDS="Usual ids: Unraid PUID=99 PGID=100, Synology PUID=1026 PGID=100, TrueNAS SCALE PUID=568 PGID=568."

is_number() {
    case "$1" in
    '' | *[!0-9]*) return 1 ;;
    esac
    return 0
}

# Arguments: nothing or options run the service (which gets --data-dir); anything else is a
# sub-command (check-config, containers, ...) that runs as the same user without the checks.
[ "${1:-}" = mechdockd ] && shift
service=false
case "${1:-}" in
'' | -*) service=true ;;
esac
if $service; then
    case " $* " in
    *" --data-dir "* | *" --data-dir="*) ;;
    *) set -- "$@" --data-dir "$DATA_DIR" ;;
    esac
fi

as_root=false
[ "$(id -u)" = 0 ] && as_root=true
groups_opt=--clear-groups

# Runs a command as the user mechdockd will run as.
as_user() {
    if $as_root; then
        setpriv --reuid="$PUID" --regid="$PGID" "$groups_opt" -- "$@"
    else
        "$@"
    fi
}

if $as_root; then
    is_number "$PUID" || fail 64 "PUID=\"$PUID\" is not a user id" "Set PUID to a number. $NAS_IDS"
    is_number "$PGID" || fail 64 "PGID=\"$PGID\" is not a group id" "Set PGID to a number. $NAS_IDS"
    # -o: the ids may already belong to another account of the image (e.g. gid 100 "users").
    [ "$(id -g mechdock)" = "$PGID" ] || groupmod -o -g "$PGID" mechdock
    [ "$(id -u mechdock)" = "$PUID" ] || usermod -o -u "$PUID" mechdock
    [ "$PUID" = 0 ] && say "PUID=0: mechdockd runs as root inside the container"
else
    # Started with --user: the ids are fixed, nothing can be changed; only the checks run.
    say "started as $(id -u):$(id -g) (docker --user); PUID, PGID and DOCKER_GID are not applied"
    PUID=$(id -u)
    PGID=$(id -g)
fi
say "running as $PUID:$PGID$(known_ids "$PUID:$PGID")"

# The Docker socket: DOCKER_HOST's unix path, or Docker's default.
socket=/var/run/docker.sock
case "${DOCKER_HOST:-}" in
unix://*) socket=${DOCKER_HOST#unix://} ;;
'') ;;
*)
    say "DOCKER_HOST=$DOCKER_HOST is not a unix socket; no socket to check"
    socket=
    ;;
esac

mount_hint="Mount it: docker run -v /var/run/docker.sock:/var/run/docker.sock:ro ..., or in compose.yaml under volumes: - /var/run/docker.sock:/var/run/docker.sock:ro"
if [ -n "$socket" ]; then
    if [ ! -e "$socket" ]; then
        if $service; then
            fail 69 "no Docker socket at $socket" "$mount_hint" \
                "Or set DOCKER_HOST to where the socket is mounted (unix:///path) or to a tcp:// endpoint."
        fi
        say "no Docker socket at $socket"
    elif [ -d "$socket" ]; then
        # Docker makes an empty folder when the host path of a bind mount does not exist.
        fail 69 "$socket is a folder, not the Docker socket: the host has no socket at the path that was mounted" \
            "Find the host's socket (ls -l /var/run/docker.sock on the host; rootless Docker: /run/user/UID/docker.sock; Podman: /run/podman/podman.sock) and mount that path."
    elif [ ! -S "$socket" ]; then
        fail 69 "$socket is not a socket ($(stat -c %F "$socket"))" "$mount_hint"
    else
        socket_gid=$(stat -c %g "$socket")
        case "$DOCKER_GID" in
        auto) join_gid=$socket_gid ;;
        off) join_gid= ;;
        *)
            is_number "$DOCKER_GID" || fail 64 "DOCKER_GID=\"$DOCKER_GID\" is not a group id" \
                "Leave DOCKER_GID empty (the socket's own group), set it to a number, or to off."
            join_gid=$DOCKER_GID
            ;;
        esac
        if $as_root && [ -n "$join_gid" ] && [ "$join_gid" != "$PGID" ]; then
            # Whoever may use the socket controls the host's Docker anyway, so joining its group,
            # even root's (gid 0, Synology's socket), gives nothing the socket does not.
            group=$(getent group "$join_gid" | cut -d: -f1)
            if [ -z "$group" ]; then
                # A restarted container keeps the group of its last start; the host's id may
                # have changed since.
                group=docker-socket
                if getent group "$group" >/dev/null; then
                    groupmod -o -g "$join_gid" "$group"
                else
                    groupadd -o -g "$join_gid" "$group"
                fi
            fi
            usermod -a -G "$group" mechdock
            groups_opt=--groups=$join_gid
            say "joined group $join_gid ($group) for $socket"
        fi
        if ! as_user test -r "$socket" -a -w "$socket"; then
            owner=$(stat -c %u:%g "$socket")
            mode=$(stat -c %A "$socket")
            if ! $as_root; then
                group_fix="Started with --user, the container cannot join groups itself: add --group-add $socket_gid to docker run (compose: group_add: [\"$socket_gid\"]), or start it without --user and set PUID and PGID."
            elif [ "$DOCKER_GID" = off ]; then
                group_fix="Remove DOCKER_GID=off: the container then joins the socket's group ($socket_gid) by itself."
            else
                group_fix="Set DOCKER_GID to the group that may use the socket on the host (getent group docker), or leave it empty to use the socket's own group ($socket_gid)."
            fi
            case "$mode" in
            ????rw*)
                if $as_root; then
                    mode_fix="Or make the socket's group the primary group: PGID=$socket_gid."
                else
                    mode_fix="Or make the socket's group the primary group: --user $PUID:$socket_gid."
                fi
                ;;
            *) mode_fix="The socket gives its group no read and write: on the host, chmod 660 the socket (restarting Docker sets it so)." ;;
            esac
            fail 77 "$PUID:$PGID cannot use the Docker socket $socket (owner $owner, mode $mode)" \
                "$group_fix" "$mode_fix"
        fi
    fi
fi

# True when DIR is a mount point mounted read-only.
read_only_mount() {
    awk -v d="$1" '$5 == d { split($6, o, ","); ro = (o[1] == "ro") } END { exit !ro }' \
        /proc/self/mountinfo
}

# The fixes for a folder or file the user cannot use, in fix1..fix3: change its owner on the
# host, take its owner's ids, or let the container change it.
ownership_fixes() {
    owner=$(stat -c %u:%g "$1")
    fix1="On the host: chown -R $PUID:$PGID the folder mounted at $2 (on Unraid e.g. chown -R $PUID:$PGID /mnt/user/appdata/mechdock$2)."
    fix2=
    if [ "$owner" != "0:0" ] && [ "$owner" != "$PUID:$PGID" ]; then
        fix2="Or run with the owner's ids: PUID=${owner%:*} PGID=${owner#*:}$(known_ids "$owner")."
    fi
    fix3="Or set FIX_PERMISSIONS=true and the container changes the owner at start. $NAS_IDS"
}

# Checks a volume: the folder must let the user create files; files in it must be readable,
# and for the data folder also writable (SQLite, caches). Writable is optional for the settings:
# mechdockd only reads them, and saving replaces the file, which needs the folder only.
check_folder() {
    dir=$1
    files_writable=$2
    if [ ! -e "$dir" ] && $as_root; then
        mkdir -p "$dir"
        chown "$PUID:$PGID" "$dir"
    fi
    if $as_root && [ "${FIX_PERMISSIONS:-false}" = true ]; then
        say "FIX_PERMISSIONS=true: chown -R $PUID:$PGID $dir"
        chown -R "$PUID:$PGID" "$dir"
    fi
    if ! as_user test -d "$dir" -a -w "$dir" -a -x "$dir"; then
        if read_only_mount "$dir"; then
            if [ "$files_writable" = yes ]; then
                fail 77 "$dir is mounted read-only; Mechdock keeps its database there" \
                    "Mount $dir read-write (remove :ro from its volume)."
            fi
            say "$dir is mounted read-only: the settings are read but cannot be saved"
            return 0
        fi
        [ -e "$dir" ] || fail 77 "$dir does not exist and $PUID:$PGID cannot create it" \
            "Mount a folder there: docker run -v /path/on/host:$dir ..."
        owner=$(stat -c %u:%g "$dir")
        ownership_fixes "$dir" "$dir"
        fail 77 "$dir is not writable for $PUID:$PGID: it belongs to $owner$(known_ids "$owner") with mode $(stat -c %A "$dir")" \
            "$fix1" "$fix2" "$fix3"
    fi
    if [ "$files_writable" = yes ]; then
        bad=$(as_user find "$dir" -xdev \( ! -readable -o ! -writable \) -print 2>/dev/null | head -n 5)
        what="read and write"
    else
        bad=$(as_user find "$dir" -xdev ! -readable -print 2>/dev/null | head -n 5)
        what="read"
    fi
    if [ -n "$bad" ]; then
        list=$(printf '%s\n' "$bad" | while IFS= read -r f; do
            owner=$(stat -c %u:%g "$f")
            printf '%s: owner %s%s, mode %s; ' "$f" "$owner" "$(known_ids "$owner")" "$(stat -c %A "$f")"
        done)
        list=${list%; }
        ownership_fixes "$(printf '%s\n' "$bad" | head -n 1)" "$dir"
        fail 77 "$PUID:$PGID cannot $what these files in $dir: $list" "$fix1" "$fix2" "$fix3"
    fi
    if [ "$files_writable" = no ]; then
        other=$(as_user find "$dir" -xdev ! -writable -print 2>/dev/null | head -n 1)
        [ -z "$other" ] || say "warning: $other is not writable for $PUID:$PGID (owner $(stat -c %u:%g "$other")); Mechdock reads it but cannot change it in place"
    fi
    return 0
}

if $service; then
    check_folder "$CONFIG_DIR" no
    check_folder "$DATA_DIR" yes
fi

export USER=mechdock
if $as_root; then
    # No capabilities are passed on, and nothing mechdockd runs may gain privileges again.
    exec setpriv --reuid="$PUID" --regid="$PGID" "$groups_opt" --inh-caps=-all --no-new-privs \
        -- /usr/bin/mechdockd "$@"
fi
exec /usr/bin/mechdockd "$@"
