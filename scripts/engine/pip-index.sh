# Local Python package indexes served read-only on 127.0.0.1, so builds without PyPI can still
# `pip install`. Sourced by `up`; needs lib.sh.
#   /311/simple/  every local index pip is configured with on this machine, merged (Python 3.11)
#   /313/simple/  Debian 13's python3-* packages repacked as wheels (Python 3.13)

PYPI_HOME="$ENGINE_HOME/pypi"
PYPI_PID="$ENGINE_RUN/pypi.pid"
PYPI_PORT_FILE="$ENGINE_HOME/pypi.port"

# What a FastAPI/Flask/PostgreSQL backend on Python 3.13 needs; their python3-* dependencies
# are added by walking Debian's Depends.
PY313_PACKAGES=(${DOCKSPEC_PY313_PACKAGES:-python3-fastapi python3-uvicorn python3-pydantic
  python3-pydantic-core python3-pydantic-settings python3-psycopg python3-psycopg-pool
  python3-sqlalchemy python3-alembic python3-dotenv python3-multipart python3-httpx
  python3-starlette python3-anyio python3-sniffio python3-idna python3-typing-extensions
  python3-annotated-types python3-h11 python3-click python3-gunicorn python3-flask})

# Interpreter-level packages that are part of the image's Python, not installable wheels.
PY313_SKIP=" python3 python3-minimal python3-supported-min python3-supported-max python3-pkg-resources python3-setuptools python3-pip python3-wheel python3-venv python3-distutils python3-lib2to3 "

build_index_311() {
  local out="$PYPI_HOME/311"
  [ -f "$out/simple/index.html" ] && return 0
  local sources
  sources="$(python3 "$ENGINE_SCRIPTS/pypi_index.py" pip-sources 2>/dev/null || true)"
  sources="${DOCKSPEC_PIP_SOURCES:-$sources}"
  if [ -z "$sources" ]; then
    log "pip: no local index in \`pip config list\` (set DOCKSPEC_PIP_SOURCES or DOCKSPEC_PIP_INDEX_URL)"
    return 1
  fi
  log "pip: merging local indexes: $(echo $sources)"
  rm -rf "$out.tmp"
  # shellcheck disable=SC2086
  python3 "$ENGINE_SCRIPTS/pypi_index.py" merge "$out.tmp" $sources 2>&1 | sed 's/^/engine: pip: /' >&2
  rm -rf "$out"
  mv "$out.tmp" "$out"
}

# Breadth-first walk over python3-* Depends, one apt-cache call per level (apt-cache loads its
# whole cache on every call, so one call per package would take a minute).
resolve_py313() {
  local -A seen=() known=()
  local name pkg dep
  while read -r name; do known[$name]=1; done < <(suite_apt trixie apt-cache pkgnames python3-)
  local level=("${PY313_PACKAGES[@]}") next
  while [ ${#level[@]} -gt 0 ]; do
    next=()
    for pkg in "${level[@]}"; do
      [ -n "${seen[$pkg]:-}" ] && continue
      case "$PY313_SKIP" in *" $pkg "*) continue ;; esac
      if [ -z "${known[$pkg]:-}" ]; then
        log "pip 3.13: $pkg is not in trixie, skipped"
        continue
      fi
      seen[$pkg]=1
      next+=("$pkg")
    done
    [ ${#next[@]} -gt 0 ] || break
    level=()
    while read -r dep; do
      [ -n "${seen[$dep]:-}" ] || level+=("$dep")
    done < <(suite_apt trixie apt-cache depends --no-recommends --no-suggests --no-enhances \
      --no-breaks --no-conflicts --no-replaces "${next[@]}" 2>/dev/null |
      sed -n 's/^ *|\{0,1\}Depends: \(python3-[a-z0-9.+-]*\)$/\1/p' | sort -u)
  done
  printf '%s\n' "${!seen[@]}" | sort
}

build_index_313() {
  local out="$PYPI_HOME/313"
  [ -f "$out/simple/index.html" ] && return 0
  command -v apt-get >/dev/null || {
    log "pip 3.13: apt-get missing, no Python 3.13 index"
    return 1
  }
  suite_update trixie
  local debs="$ENGINE_HOME/py313-debs"
  local pkgs
  mapfile -t pkgs < <(resolve_py313)
  log "pip 3.13: repacking ${#pkgs[@]} Debian 13 packages as wheels"
  mkdir -p "$debs"
  (cd "$debs" && suite_apt trixie apt-get download "${pkgs[@]}" >/dev/null)
  rm -rf "$out.tmp" "$ENGINE_HOME/py313-wheels"
  python3 "$ENGINE_SCRIPTS/debs_to_wheels.py" "$ENGINE_HOME/py313-wheels" "$debs"/*.deb >/dev/null
  python3 "$ENGINE_SCRIPTS/pypi_index.py" merge "$out.tmp" "$ENGINE_HOME/py313-wheels" 2>&1 |
    sed 's/^/engine: pip 3.13: /' >&2
  rm -rf "$out"
  mv "$out.tmp" "$out"
}

serve_indexes() {
  local port
  if pid_alive "$PYPI_PID" && [ -f "$PYPI_PORT_FILE" ]; then
    port="$(cat "$PYPI_PORT_FILE")"
    if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=3)" 2>/dev/null; then
      echo "$port"
      return 0
    fi
    kill "$(cat "$PYPI_PID")" 2>/dev/null || true
  fi
  # A stable port keeps the URL baked into stand-in images valid; 3141 unless taken.
  port="${DOCKSPEC_PIP_PORT:-$(cat "$PYPI_PORT_FILE" 2>/dev/null || echo 3141)}"
  if ! python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1', $port))" 2>/dev/null; then
    port="$(free_port)"
  fi
  log "pip: serving $PYPI_HOME read-only on http://127.0.0.1:$port/"
  mkdir -p "$ENGINE_RUN" "$ENGINE_LOG"
  # http.server only answers GET/HEAD: read-only by construction. Bound to loopback only.
  setsid nohup python3 -m http.server "$port" --bind 127.0.0.1 --directory "$PYPI_HOME" \
    >>"$ENGINE_LOG/pypi.log" 2>&1 </dev/null 9>&- &
  echo $! >"$PYPI_PID"
  echo "$port" >"$PYPI_PORT_FILE"
  local deadline=$((SECONDS + 15))
  until python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=2)" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || die "package index did not answer on 127.0.0.1:$port (log: $ENGINE_LOG/pypi.log)"
    sleep 0.2
  done
  echo "$port"
}
