#!/usr/bin/env bash
# Quick start, command 2: install everything and run the whole test suite, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
step() { printf '\n== %s\n' "$1"; }
step "Chromium"; bash scripts/ensure-chromium.sh
step "Install"; npm ci --no-audit --no-fund
step "Build"; npx wxt build
step "Zip"; npx wxt zip
step "Types"; npx tsc --noEmit
step "Lint"; npx eslint .
step "Format"; npx prettier --check .
step "Unit"; npx vitest run
step "End to end"; npx playwright test
