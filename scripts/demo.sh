#!/usr/bin/env bash
# Quick start, command 1: install (first run only), build the extension and run it on the
# bundled offline demo ESP dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/wxt ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npx wxt build
npx tsx scripts/demo.ts "$@"
