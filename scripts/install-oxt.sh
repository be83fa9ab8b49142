#!/bin/sh
# install-oxt.sh <unopkg> <profile_dir> <oxt> <extension-id>
# Installs the extension per-user into a throw-away LibreOffice profile, for
# tests/gui/screenshots.sh (`ita` and the tests install with the same steps in
# src/office/extension_install.cxx).
#   ITA_KEEP_PROFILE=1  -> do not wipe the profile first (re-install with -f)
set -eu
UNOPKG=$1
mkdir -p "$2"
PROFILE=$(cd "$2" && pwd) # unopkg needs an absolute file URL
OXT=$3
EXT_ID=${4:-org.itatools.libreoffice}
URL="file://$PROFILE"
WORK=$(dirname "$PROFILE")
: "${ITA_SHARED_CACHE_URL:=file://$WORK/shared_cache}"

# soffice/unopkg leave lu*.tmp dirs in $TMPDIR (default /tmp) -> keep them here;
# HOME too: dconf (~/.cache/dconf) and, with ure-java installed, the javaldx
# call in the unopkg script writes ~/.config/libreoffice/4/.../javasettings*.xml
TMPDIR="$WORK/tmp"
HOME="$WORK/home"
export TMPDIR HOME
mkdir -p "$TMPDIR" "$HOME"

# Is an office running on this profile? (look for our -env: arg in /proc)
profile_in_use() {
    for f in /proc/[0-9]*/cmdline; do
        if tr "\0" "\n" 2>/dev/null < "$f" | grep -qxF -- "-env:UserInstallation=$URL"; then
            return 0
        fi
    done
    return 1
}

# unopkg refuses a locked profile ("The lock file indicates it is already
# running"). A killed soffice leaves a stale .lock behind -> remove only if
# no process uses the profile.
if [ -e "$PROFILE/.lock" ]; then
    if profile_in_use; then
        echo "profile $PROFILE is in use by a running soffice - stop it first" >&2
        exit 2
    fi
    echo "removing stale $PROFILE/.lock"
    rm -f "$PROFILE/.lock"
fi

if [ "${ITA_KEEP_PROFILE:-0}" != 1 ]; then
    rm -rf "$PROFILE"
fi
mkdir -p "$PROFILE"

# UNO_TYPES/UNO_SERVICES/URE_BOOTSTRAP in the environment override the
# office's own ini files (rtl bootstrap level 3) -> scrub them.
ENVCLEAN="env -u UNO_TYPES -u UNO_SERVICES -u URE_BOOTSTRAP -u UNO_PATH"

# unopkg refuses per-user installs as root:
#   "ERROR: Cannot run unopkg as root without --shared or --bundled option."
# (--shared would write into /usr/lib/libreoffice/share/uno_packages).
# Work-around for root CI containers: run it in a user namespace where we
# look like uid 1000; files still end up owned by root outside.
AS_USER=""
if [ "$(id -u)" = 0 ]; then
    AS_USER="unshare --user --map-user=1000 --map-group=1000"
fi

# Running as root (even via the namespace trick) unopkg and soffice also write
# to the *shared* extension cache /var/spool/libreoffice/uno_packages/cache.
# Redirect it (soffice gets the same -env: from the test).
set -- "-env:UNO_SHARED_PACKAGES_CACHE=$ITA_SHARED_CACHE_URL"

start=$(date +%s.%N)
# -f: replace an already installed version; -s: --suppress-license
$ENVCLEAN $AS_USER "$UNOPKG" add -f -s "-env:UserInstallation=$URL" "$@" "$OXT"
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN{printf "unopkg add: %.2f s\n", b-a}'

$ENVCLEAN $AS_USER "$UNOPKG" list "-env:UserInstallation=$URL" "$@" > "$WORK/unopkg-list.txt" 2>&1
if ! grep -q "Identifier: $EXT_ID" "$WORK/unopkg-list.txt"; then
    cat "$WORK/unopkg-list.txt" >&2
    echo "extension not registered" >&2
    exit 1
fi
grep -E "Identifier|Version|is registered|Media-Type" "$WORK/unopkg-list.txt" || true
echo "installed $OXT into $URL"
