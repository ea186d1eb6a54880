#!/usr/bin/env bash
# Install the browsers the end-to-end tests drive: Debian's Chromium (+ chromedriver, used by
# wasm-bindgen-test in a browser) and Firefox ESR. Idempotent: does nothing when both are present.
# Browsers only ever come from the distribution's apt repositories, never from a download script.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
[ -x /usr/bin/chromedriver ] || { [ -x /usr/bin/chromium ] && need+=(chromium-driver); }
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)

if [ "${#need[@]}" -eq 0 ]; then
  echo "install-browsers: chromium and firefox-esr already installed"
  exit 0
fi

# de-duplicate
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browsers: need root (or sudo) to install: ${need[*]}" >&2
    exit 1
  fi
fi

echo "install-browsers: installing ${need[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"

for b in /usr/bin/chromium /usr/bin/firefox-esr; do
  [ -x "$b" ] || { echo "install-browsers: $b still missing after apt-get" >&2; exit 1; }
done
echo "install-browsers: done"
