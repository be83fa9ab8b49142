#!/bin/sh
# install-deps.sh: installs the Debian 12 packages ITA Tools needs, if missing.
# Runs as root (or through sudo). Idempotent: does nothing when all are there.
set -eu
PKGS="cmake ninja-build g++ pkg-config
libreoffice-dev libreoffice-core libreoffice-common libreoffice-calc libreoffice-writer ure
libicu-dev zlib1g-dev libboost-json1.81-dev libboost-program-options1.81-dev libgtest-dev
fonts-thai-tlwg poppler-utils clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
