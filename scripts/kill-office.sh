#!/bin/sh
# kill-office.sh <work-folder>...
# CTest FIXTURES_CLEANUP step. If a test run crashed or was killed, the soffice
# process group it started may still be alive, and sockets/locks stay behind.
# Each run's file <work-folder>/runs/<pid>/soffice.pgid holds: PGID, accept-pipe
# socket path, profile URL. Kills exactly that process group (never by name),
# removes the leftovers and the run's folder.
# (dash: "kill -0 -- -PGID" is rejected, "kill -s 0 -- -PGID" is POSIX and works)
set -u
for WORK in "$@"; do for PIDFILE in "$WORK"/runs/*/soffice.pgid; do (
[ -f "$PIDFILE" ] || exit 0
PGID=$(sed -n 1p "$PIDFILE")
PIPE=$(sed -n 2p "$PIDFILE")
URL=$(sed -n 3p "$PIDFILE")
rm -f "$PIDFILE"

case "$PGID" in ''|*[!0-9]*) PGID="" ;; esac
# never 0/1: kill -- -0 would signal our *own* process group
if [ -n "$PGID" ] && [ "$PGID" -le 1 ]; then PGID=""; fi
if [ -n "$PGID" ]; then
    leader_ok=1
    # if the group leader still exists it must be an office launcher we started
    if [ -r "/proc/$PGID/cmdline" ] && ! tr '\0' ' ' < "/proc/$PGID/cmdline" | grep -qE 'oosplash|soffice'; then
        leader_ok=0
    fi
    if [ $leader_ok = 1 ] && kill -s 0 -- "-$PGID" 2>/dev/null; then
        echo "killing leftover soffice process group $PGID"
        kill -s TERM -- "-$PGID" 2>/dev/null
        sleep 2
        kill -s KILL -- "-$PGID" 2>/dev/null || true
    fi
fi

# --accept=pipe socket: /tmp/OSL_PIPE_<uid>_<name>
case "$PIPE" in /tmp/OSL_PIPE_*) rm -f "$PIPE" ;; esac

# single-instance socket: /tmp/OSL_PIPE_<uid>_SingleOfficeIPC_<md5 of the
# UTF-16LE UserInstallation URL, each byte printed as %x without padding>
# and the profile's .lock - only if no process is using the profile any more
if [ -n "$URL" ]; then
    for f in /proc/[0-9]*/cmdline; do
        if tr '\0' '\n' < "$f" 2>/dev/null | grep -qxF -- "-env:UserInstallation=$URL"; then
            exit 0 # still in use
        fi
    done
    h=$(printf '%s' "$URL" | iconv -f utf-8 -t utf-16le | md5sum | cut -c1-32)
    ipc=""
    i=1
    while [ $i -lt 32 ]; do
        ipc="$ipc$(printf '%x' "0x$(echo "$h" | cut -c$i-$((i + 1)))")"
        i=$((i + 2))
    done
    rm -f "/tmp/OSL_PIPE_$(id -u)_SingleOfficeIPC_$ipc"
    case "$URL" in file://*) rm -f "${URL#file://}/.lock" ;; esac
fi
)
RUN=$(dirname "$PIDFILE")
kill -s 0 "$(basename "$RUN")" 2>/dev/null || rm -rf "$RUN"
done; done
exit 0
