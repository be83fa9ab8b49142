#!/bin/sh
# screenshots.sh [build-dir]: under Xvfb, opens Calc and Writer with the built
# extension installed in a private profile, opens the ITA menu and saves PNGs
# into docs/. Not part of CI (it needs a display server and takes a minute).
#   needs: xvfb xdotool imagemagick (and libreoffice-l10n-th for the Thai UI shots)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
WORK="$BUILD/gui-office"
SOFFICE=/usr/lib/libreoffice/program/soffice
DISPLAY_NUM=:$((90 + $$ % 9))
mkdir -p "$WORK/tmp" "$WORK/home" "$ROOT/docs"

# One profile per UI language: --language only applies to a profile that has none yet.
for p in profile profile-th; do
    "$ROOT/scripts/install-oxt.sh" /usr/lib/libreoffice/program/unopkg "$WORK/$p" "$BUILD/ita-tools.oxt" \
        org.itatools.libreoffice >/dev/null
done

Xvfb $DISPLAY_NUM -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
OFFICE=""
cleanup() {
    [ -n "$OFFICE" ] && kill -s KILL -- "-$OFFICE" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT INT TERM
export DISPLAY=$DISPLAY_NUM
i=0
until xdpyinfo >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 30 ] || { echo "Xvfb did not start" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
    sleep 0.5
done

# shot <app-switch-or-file> <window-name> <menu-lefts> <png> [ui-locale] [entries-down]
# With entries-down, the menu entry that many rows down is run (Enter) and the
# dialog it opens is shot.
shot() {
    app=$1; name=$2; lefts=$3; png=$4; locale=${5:-en-US}; run=${6:-}
    profile=profile
    langarg=""
    [ "$locale" = en-US ] || { profile=profile-$locale; langarg="--language=$locale"; }
    setsid env -u UNO_TYPES -u UNO_SERVICES TMPDIR="$WORK/tmp" HOME="$WORK/home" LANGUAGE="" \
        "$SOFFICE" "$app" --norestore --nologo --nolockcheck \
        "-env:UserInstallation=file://$WORK/$profile" \
        "-env:UNO_SHARED_PACKAGES_CACHE=file://$WORK/shared_cache" \
        $langarg >"$WORK/soffice.log" 2>&1 &
    OFFICE=$!
    i=0
    until xdotool search --name "$name" >/dev/null 2>&1; do
        i=$((i + 1)); [ $i -lt 60 ] || { echo "no $name window" >&2; exit 1; }
        sleep 1
    done
    sleep 4
    win=$(xdotool search --name "$name" | head -1)
    xdotool windowactivate --sync "$win" 2>/dev/null || true
    xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0 2>/dev/null || true
    sleep 1
    # F10 focuses the first menu (File); Left walks backwards from Help to the add-on menu.
    xdotool key F10
    sleep 0.5
    n=0
    while [ $n -lt "$lefts" ]; do xdotool key Left; sleep 0.3; n=$((n + 1)); done
    xdotool key Down
    sleep 1.5
    if [ -n "$run" ]; then
        n=1
        while [ $n -lt "$run" ]; do xdotool key Down; sleep 0.3; n=$((n + 1)); done
        xdotool key Return
        sleep 4
    fi
    import -window root "$png"
    echo "saved $png"
    kill -s KILL -- "-$OFFICE" 2>/dev/null || kill -s KILL "$OFFICE" 2>/dev/null || true
    OFFICE=""
    sleep 2
    rm -f "$WORK/$profile/.lock"
}

LEFTS=${ITA_MENU_LEFTS:-3}
# ITA_SHOTS: which pictures to make (default all): menus validate fill
SHOTS=${ITA_SHOTS:-menus validate fill}
case " $SHOTS " in *" menus "*)
    shot --calc "LibreOffice Calc" "$LEFTS" "$ROOT/docs/menu-calc.png"
    shot --writer "LibreOffice Writer" "$LEFTS" "$ROOT/docs/menu-writer.png"
    [ -d /usr/lib/libreoffice/program/resource/th ] &&
        shot --calc "LibreOffice Calc" "$LEFTS" "$ROOT/docs/menu-calc-th.png" th
    ;;
esac
# ITA > Fill document… (the fifth entry) from the example score sheet, over the sheet.
cp "$ROOT/examples/sao-nongbua-fy2567.ods" "$WORK/tmp/nongbua.ods"
case " $SHOTS " in *" fill "*)
    shot "$WORK/tmp/nongbua.ods" "nongbua" "$LEFTS" "$ROOT/docs/fill-dialog.png" en-US 5
    ;;
esac
# The Thai UI needs libreoffice-l10n-th: without it the office falls back to English, and
# so do ITA's menus and dialogs.
if [ -d /usr/lib/libreoffice/program/resource/th ]; then
    case " $SHOTS " in *" validate "*)
        # ITA > ตรวจสอบคะแนน on a copy of the example with two copy errors: the summary box
        cp "$ROOT/examples/sao-khoksamrong-fy2564-errors.xlsx" "$WORK/tmp/example.xlsx"
        shot "$WORK/tmp/example.xlsx" "example" "$LEFTS" "$ROOT/docs/validate-dialog-th.png" th 2
        ;;
    esac
    case " $SHOTS " in *" fill "*)
        # ITA > กรอกเอกสารราชการ…
        shot "$WORK/tmp/nongbua.ods" "nongbua" "$LEFTS" "$ROOT/docs/fill-dialog-th.png" th 5
        ;;
    esac
fi
