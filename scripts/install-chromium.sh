#!/usr/bin/env bash
# Debian's Chromium for the browser tests (test/web-browser.int.test.ts). Idempotent: does nothing
# when /usr/bin/chromium is already there. Test tools' own browser downloads do not work here.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "chromium installed ($(/usr/bin/chromium --version))"
