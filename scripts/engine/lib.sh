# Shared settings and helpers for scripts/engine/{up,down,postgres}. Sourced, not executed.
# Everything lives under one cache folder so a second `up` is fast and `down` knows what it owns.

ENGINE_HOME="${DOCKSPEC_ENGINE_HOME:-${HOME:-/root}/.cache/dockspec/engine}"
ENGINE_ENV_FILE="$ENGINE_HOME/env"
ENGINE_RUN="$ENGINE_HOME/run"
ENGINE_SOCK="$ENGINE_RUN/docker.sock"
ENGINE_LOG="$ENGINE_HOME/log"
ENGINE_ROOT="$ENGINE_HOME/root"       # unpacked .deb files (dpkg -x), never installed system-wide
ENGINE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Mirrors: a company mirror of Debian replaces deb.debian.org for both suites.
APT_MIRROR="${DOCKSPEC_APT_MIRROR:-http://deb.debian.org/debian}"
APT_KEYRING="${DOCKSPEC_APT_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}"

log() { printf 'engine: %s\n' "$*" >&2; }
die() { printf 'engine: error: %s\n' "$*" >&2; exit 1; }

# apt for one suite with a private sources list and list cache: the system's apt config and its
# lists stay untouched, and bookworm machines can fetch trixie packages without adding trixie.
suite_apt() {
  local suite="$1" tool="$2"
  shift 2
  local dir="$ENGINE_HOME/apt/$suite"
  mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
  if [ ! -f "$dir/sources.list" ] || ! grep -qF "$APT_MIRROR" "$dir/sources.list"; then
    echo "deb [signed-by=$APT_KEYRING] $APT_MIRROR $suite main" >"$dir/sources.list"
    rm -f "$dir/lists/"*_Packages* 2>/dev/null || true
  fi
  "$tool" -q -o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir/cache" \
    -o Dir::State::status=/dev/null -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}

suite_update() {
  local suite="$1"
  if ! ls "$ENGINE_HOME/apt/$suite/lists/"*_Packages* >/dev/null 2>&1; then
    log "apt: fetching the $suite package list"
    suite_apt "$suite" apt-get update >/dev/null
  fi
}

# Does an engine answer on the current DOCKER_HOST / docker context? Bounded so a dead socket
# cannot hang `up`.
engine_answers() {
  command -v docker >/dev/null 2>&1 || [ -x "$ENGINE_HOME/bin/docker" ] || return 1
  timeout 10 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

# A live process (a zombie left after a kill does not count).
pid_alive() {
  local file="$1" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || return 1
  ! grep -q '^[^)]*) Z' "/proc/$pid/stat" 2>/dev/null
}

# True when the process's working directory has been deleted. A daemon keeps the folder it was
# started from; Podman's conmon then fails to start any container ("Failed to get working
# directory") once that folder (a CI clone, say) is removed. Daemons are started from their own
# folder, and a service found in this state is restarted.
cwd_deleted() {
  [[ "$(readlink "/proc/$1/cwd" 2>/dev/null)" == *" (deleted)" ]]
}

# Set KEY=VALUE in the env file (one export line per key), keeping every other line.
env_set() {
  local key="$1" value="$2"
  mkdir -p "$ENGINE_HOME"
  touch "$ENGINE_ENV_FILE"
  grep -v "^export $key=" "$ENGINE_ENV_FILE" >"$ENGINE_ENV_FILE.tmp" || true
  printf 'export %s=%q\n' "$key" "$value" >>"$ENGINE_ENV_FILE.tmp"
  mv "$ENGINE_ENV_FILE.tmp" "$ENGINE_ENV_FILE"
}

env_unset() {
  local key="$1"
  [ -f "$ENGINE_ENV_FILE" ] || return 0
  grep -v "^export $key=" "$ENGINE_ENV_FILE" >"$ENGINE_ENV_FILE.tmp" || true
  mv "$ENGINE_ENV_FILE.tmp" "$ENGINE_ENV_FILE"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
