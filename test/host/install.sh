#!/usr/bin/env bash
# Installs what the in-editor tests need, idempotently, on a machine that reaches only the npm registry and
# Debian apt: the apt packages (libkrb5-dev pkg-config ripgrep chromium) and code-server into a cache folder.
#
#   bash test/host/install.sh [DIR]      DIR defaults to .vscode-test/code-server-$CS_VERSION
#
# code-server's own postinstall fails offline (it runs as root without --unsafe-perm, downloads ripgrep from
# GitHub and runs `npx node-gyp` without --yes), so the steps it would take are done here by hand, with
# Debian's ripgrep standing in for the downloaded one. A stamp file marks a finished install: a second run
# prints the path and returns at once; an interrupted one is started again from scratch.
set -euo pipefail
CS_VERSION=${CS_VERSION:-4.100.3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${1:-$ROOT/.vscode-test/code-server-$CS_VERSION}
STAMP="$DIR/.copydesk-install-ok"
log() { echo "[install] $*" >&2; }

# 1. apt packages: install only those missing, and only when we may.
APT_PACKAGES=(libkrb5-dev pkg-config ripgrep chromium)
if command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
      log "missing packages: ${missing[*]} — as root, run:  apt-get update && apt-get install -y ${missing[*]}"
      exit 1
    fi
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # a fresh machine may have empty package lists; refresh them once, and again if the install fails on stale ones
    if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ]; then apt-get update -qq; fi
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  fi
elif ! command -v rg >/dev/null || [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  log "not a Debian system: install ripgrep (rg on PATH), Chromium (set CHROMIUM=/path/to/chromium) and the"
  log "Kerberos development headers with pkg-config (code-server builds a native module against them), then re-run"
  exit 1
fi

# 2. code-server, once per cache folder.
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$CS_VERSION" ] && [ -x "$DIR/node_modules/.bin/code-server" ]; then
  echo "$DIR/node_modules/.bin/code-server"
  exit 0
fi
log "installing code-server $CS_VERSION into $DIR (about 1-2 minutes, ~300 MB)"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
echo '{"name":"copydesk-code-server","private":true}' > package.json
{
  npm install "code-server@$CS_VERSION" --ignore-scripts
  CS="$DIR/node_modules/code-server"
  # argon2 (code-server's own dependency): node-pre-gyp tries GitHub, then builds with node-gyp
  npm rebuild argon2 --foreground-scripts
  # what code-server's postinstall.sh does for lib/vscode, with ripgrep from Debian
  cd "$CS/lib/vscode"
  npm install --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm rebuild --foreground-scripts   # node-pty, spdlog, kerberos, native-watchdog...; ripgrep's postinstall sees bin/ and exits
  rm -rf node_modules.asar && ln -s node_modules node_modules.asar
  (cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
  (cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
  cd extensions
  npm install --omit=dev --foreground-scripts
} > "$DIR/install.log" 2>&1 || { log "failed; last lines of $DIR/install.log:"; tail -40 "$DIR/install.log" >&2; exit 1; }
echo "$CS_VERSION" > "$STAMP"
log "done"
echo "$DIR/node_modules/.bin/code-server"
