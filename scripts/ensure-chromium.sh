#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (the end-to-end tests and the demo drive it).
# Installs it with apt-get when running as root; otherwise says exactly what to install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium (needed for the browser tests and the demo)…"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
  exit 0
fi
cat >&2 <<'MSG'
Chromium is required but not installed, and this script cannot install it (needs root and apt-get).
Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install chromium
  elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
