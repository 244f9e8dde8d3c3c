#!/usr/bin/env bash
# Installs Mono (Debian's mono-complete) for the Windows PowerShell 5.1 lane (tests/ImportExport.FrameworkLane) when
# it is missing. Idempotent; CI runs it before the README's test command, as it runs tests/peers/setup.sh.
set -euo pipefail
if command -v mono >/dev/null 2>&1; then
  echo "setup-mono.sh: $(mono --version | head -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-mono.sh: mono not found and there is no apt-get here; install Mono 6.8 or later (mono-complete) and rerun" >&2
  exit 1
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup-mono.sh: installing mono-complete needs root (or sudo)" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "setup-mono.sh: installing mono-complete (a few minutes)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mono-complete >/dev/null
echo "setup-mono.sh: $(mono --version | head -n 1)"
