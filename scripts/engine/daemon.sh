# Private Docker engine from Debian packages, unpacked (dpkg -x) and started with its own roots.
# Sourced by `up`; needs lib.sh.

# Trixie's docker.io is Docker 26 with BuildKit built in; its containerd and docker-buildx match.
# Trixie's runc needs glibc 2.38+, so runc comes from bookworm, which runs on both suites.
ENGINE_DEBS_TRIXIE=(docker.io containerd docker-buildx tini)
ENGINE_DEBS_BOOKWORM=(runc)

fetch_engine() {
  if [ -x "$ENGINE_ROOT/usr/sbin/dockerd" ] && [ -x "$ENGINE_ROOT/usr/sbin/runc" ]; then
    return 0
  fi
  command -v apt-get >/dev/null || die "no engine answers and apt-get is missing: start Docker yourself, or set DOCKER_HOST"
  [ "$(id -u)" = 0 ] || die "no engine answers: run scripts/engine/up as root (it unpacks Debian's docker.io), or set DOCKER_HOST"
  local debs="$ENGINE_HOME/debs"
  mkdir -p "$debs"
  suite_update trixie
  suite_update bookworm
  log "apt: downloading ${ENGINE_DEBS_TRIXIE[*]} (trixie) and ${ENGINE_DEBS_BOOKWORM[*]} (bookworm)"
  (cd "$debs" && suite_apt trixie apt-get download "${ENGINE_DEBS_TRIXIE[@]}" >/dev/null)
  (cd "$debs" && suite_apt bookworm apt-get download "${ENGINE_DEBS_BOOKWORM[@]}" >/dev/null)
  # docker.io in trixie no longer carries the CLI; take docker-cli only when the machine lacks one.
  if ! command -v docker >/dev/null; then
    (cd "$debs" && suite_apt trixie apt-get download docker-cli >/dev/null)
  fi
  log "unpacking into $ENGINE_ROOT"
  rm -rf "$ENGINE_ROOT.tmp"
  mkdir -p "$ENGINE_ROOT.tmp"
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$ENGINE_ROOT.tmp"; done
  rm -rf "$ENGINE_ROOT"
  mv "$ENGINE_ROOT.tmp" "$ENGINE_ROOT"
}

# One bin folder for the daemon's PATH (dockerd finds containerd, runc and docker-init there) and
# a docker config folder whose cli-plugins holds buildx, so `docker buildx build` and
# DOCKER_BUILDKIT=1 `docker build` work without touching ~/.docker.
link_engine_tools() {
  local bin="$ENGINE_HOME/bin"
  mkdir -p "$bin" "$ENGINE_HOME/docker-config/cli-plugins"
  for tool in dockerd docker-proxy runc containerd containerd-shim-runc-v2 ctr docker; do
    local found
    found="$(find "$ENGINE_ROOT/usr" -name "$tool" -type f -perm -u+x 2>/dev/null | head -n1)"
    [ -n "$found" ] && ln -sf "$found" "$bin/$tool"
  done
  [ -x "$ENGINE_ROOT/usr/bin/tini-static" ] && ln -sf "$ENGINE_ROOT/usr/bin/tini-static" "$bin/docker-init"
  ln -sf "$ENGINE_ROOT/usr/libexec/docker/cli-plugins/docker-buildx" \
    "$ENGINE_HOME/docker-config/cli-plugins/docker-buildx"
}

# Storage driver: overlay2 when the kernel has overlayfs and the data root is on a filesystem that
# supports it as upper dir (ext4/xfs); inside an overlay root (a container) overlay-on-overlay
# fails, so fall back to fuse-overlayfs if present, else vfs (slow, copies every layer, but works).
pick_storage_driver() {
  if [ -n "${DOCKSPEC_STORAGE_DRIVER:-}" ]; then
    echo "$DOCKSPEC_STORAGE_DRIVER"
    return
  fi
  local fs
  fs="$(stat -f -c %T "$ENGINE_HOME" 2>/dev/null || echo unknown)"
  if grep -qw overlay /proc/filesystems && [ "$fs" != overlayfs ]; then
    echo overlay2
  elif command -v fuse-overlayfs >/dev/null && [ -e /dev/fuse ]; then
    echo fuse-overlayfs
  else
    echo vfs
  fi
}

start_daemon() {
  mkdir -p "$ENGINE_RUN" "$ENGINE_LOG" "$ENGINE_HOME/data"
  local driver
  driver="$(pick_storage_driver)"
  log "starting dockerd (storage driver $driver, socket $ENGINE_SOCK)"
  # Left over from a machine restart or a killed daemon: dockerd refuses a live-looking pid file.
  if ! pid_alive "$ENGINE_RUN/dockerd.pid"; then rm -f "$ENGINE_RUN/dockerd.pid" "$ENGINE_SOCK"; fi
  # --bridge=none/--iptables=false: no bridge, no NAT rules on the host; builds and containers use
  # --network host and reach only what the host reaches (the loopback package index, PostgreSQL).
  # cgroups: dockerd picks v1 or v2 from /sys/fs/cgroup itself; the cgroupfs driver needs no systemd.
  # From its own folder, not the caller's (see cwd_deleted in lib.sh).
  (cd "$ENGINE_HOME" && PATH="$ENGINE_HOME/bin:$PATH" exec setsid nohup "$ENGINE_HOME/bin/dockerd" \
    --data-root "$ENGINE_HOME/data" \
    --exec-root "$ENGINE_RUN/exec" \
    --pidfile "$ENGINE_RUN/dockerd.pid" \
    -H "unix://$ENGINE_SOCK" \
    --storage-driver "$driver" \
    --bridge=none --iptables=false --ip6tables=false \
    --exec-opt native.cgroupdriver=cgroupfs \
    --userland-proxy=false \
    >>"$ENGINE_LOG/dockerd.log" 2>&1 </dev/null 9>&-) &
  local pid=$! deadline=$((SECONDS + 60))
  until DOCKER_HOST="unix://$ENGINE_SOCK" timeout 5 docker info >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ] || { ! kill -0 "$pid" 2>/dev/null && ! pid_alive "$ENGINE_RUN/dockerd.pid"; }; then
      tail -n 20 "$ENGINE_LOG/dockerd.log" >&2
      die "dockerd did not answer within 60 s (log: $ENGINE_LOG/dockerd.log)"
    fi
    sleep 0.3
  done
}
