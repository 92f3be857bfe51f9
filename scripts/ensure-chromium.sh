#!/usr/bin/env bash
# Makes sure Debian's chromium is installed at /usr/bin/chromium, for the browser tests
# (test/browser.ts). Browser tests call this themselves; nobody needs to run it by hand.
# Installs with apt-get as root (through sudo when not root). Prints where chromium is.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

# Colour emoji (country flags in the app) render as empty boxes without this font.
EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf

if [ -x "$CHROMIUM" ] && [ -f "$EMOJI_FONT" ]; then
  echo "$CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM is missing and this user can neither install packages nor use sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Two test files may ask at once; apt's own lock would fail the second, so wait on a shared lock.
exec 9>/tmp/entente-ensure-chromium.lock
flock 9
if [ ! -x "$CHROMIUM" ] || [ ! -f "$EMOJI_FONT" ]; then
  "${as_root[@]}" apt-get update -qq >&2
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji >&2
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "$CHROMIUM"
