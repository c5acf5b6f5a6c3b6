# Stand-ins for the official python:*-slim images, built from Debian with debootstrap when the
# real ones are absent and cannot be pulled. Sourced by `up`; needs lib.sh.

# Bump when the recipe changes: cached tarballs and imported stand-ins of another version are
# made again.
STANDIN_VERSION=3

# tag:suite pairs. Bookworm carries Python 3.11, trixie Python 3.13, as the real slim images do.
BASE_IMAGES=(
  "python:3.11-slim:bookworm"
  "python:3.11-slim-bookworm:bookworm"
  "python:3.13-slim:trixie"
  "python:3.13-slim-trixie:trixie"
)

python_version_of() {
  case "$1" in
    bookworm) echo 3.11 ;;
    trixie) echo 3.13 ;;
  esac
}

# debootstrap once per suite and keep the trimmed root file system as a tarball: a second `up`
# (or a wiped engine) imports it in seconds.
build_rootfs() {
  local suite="$1" tarball="$2"
  local dir="$ENGINE_HOME/images/rootfs-$suite"
  ensure_debootstrap
  log "debootstrap $suite (python3, venv, pip, adduser): about a minute"
  rm -rf "$dir"
  mkdir -p "$dir"
  # adduser: the official slim images have it (trixie's minbase does not), and Dockerfiles such as
  # docker init's call it.
  debootstrap --variant=minbase --include=python3,python3-venv,python3-pip,adduser \
    "$suite" "$dir" "$APT_MIRROR" >"$ENGINE_LOG/debootstrap-$suite.log" 2>&1 ||
    die "debootstrap $suite failed (log: $ENGINE_LOG/debootstrap-$suite.log)"
  trim_rootfs "$suite" "$dir"
  tar -C "$dir" --numeric-owner -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  rm -rf "$dir"
}

trim_rootfs() {
  local suite="$1" dir="$2"
  local py
  py="$(python_version_of "$suite")"
  # pip may install system-wide, as in the official image (PEP 668 marker removed).
  rm -f "$dir"/usr/lib/python3*/EXTERNALLY-MANAGED
  ln -sf python3 "$dir/usr/bin/python"
  [ -e "$dir/usr/bin/pip" ] || ln -sf pip3 "$dir/usr/bin/pip"
  # Lay it out like the official image, where Dockerfiles copy /usr/local/lib/pythonX.Y/site-packages
  # and /usr/local/bin between stages: Debian's pip installs into /usr/local/lib/pythonX.Y/
  # dist-packages, so that becomes a link to a real site-packages folder.
  mkdir -p "$dir/usr/local/lib/python$py/site-packages" "$dir/usr/local/bin"
  rm -rf "$dir/usr/local/lib/python$py/dist-packages"
  ln -s site-packages "$dir/usr/local/lib/python$py/dist-packages"
  ln -sf "/usr/bin/python$py" "$dir/usr/local/bin/python3"
  ln -sf "/usr/bin/python$py" "$dir/usr/local/bin/python"
  # Trim what the slim images do not carry: docs, man pages, locales, apt lists and caches.
  # curl and wget are not in minbase; make sure, since slim images have neither.
  chroot "$dir" dpkg --purge curl wget >/dev/null 2>&1 || true
  chroot "$dir" apt-get clean >/dev/null 2>&1 || true
  rm -rf "$dir"/usr/share/doc/* "$dir"/usr/share/man/* "$dir"/usr/share/info/* \
    "$dir"/usr/share/locale/* "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin \
    "$dir"/var/cache/debconf/*-old "$dir"/var/log/* "$dir"/tmp/* \
    "$dir"/usr/lib/python3*/__pycache__ 2>/dev/null || true
  find "$dir/usr/lib/python3" "$dir/usr/lib/python$py" -name __pycache__ -type d -prune \
    -exec rm -rf {} + 2>/dev/null || true
  # Builds inside the image reach Debian through the host network, like on a normal machine.
  echo "deb $APT_MIRROR $suite main" >"$dir/etc/apt/sources.list"
  rm -f "$dir"/etc/apt/sources.list.d/* 2>/dev/null || true
}

# Also what scripts/engine/podman imports with: pass `podman` as the fourth argument.
import_base_image() {
  local tag="$1" suite="$2" index="$3" tool="${4:-docker}"
  local tarball="$ENGINE_HOME/images/$suite-v$STANDIN_VERSION.tar"
  mkdir -p "$ENGINE_HOME/images" "$ENGINE_LOG"
  # Made by an earlier import; debootstrapped here when missing (for Podman too).
  [ -f "$tarball" ] || build_rootfs "$suite" "$tarball"
  local py
  py="$(python_version_of "$suite")"
  log "importing $tag (stand-in from Debian $suite)"
  "$tool" import \
    --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV LANG=C.UTF-8" \
    --change "ENV PYTHON_VERSION=$py" \
    --change "ENV PIP_INDEX_URL=$index" \
    --change "LABEL org.dockspec.pip-index=\"$index\"" \
    --change "LABEL org.dockspec.standin-version=\"$STANDIN_VERSION\"" \
    --change "LABEL org.dockspec.standin=\"debootstrap $suite minbase; not the official python image\"" \
    --change 'CMD ["python3"]' \
    "$tarball" "$tag" >/dev/null 2>"$ENGINE_LOG/import-$suite.log" ||
    die "$tool import $tag failed (log: $ENGINE_LOG/import-$suite.log)"
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return 0
  log "installing debootstrap (apt)"
  apt-get install -y -q debootstrap >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && apt-get install -y -q debootstrap >/dev/null; } ||
    die "debootstrap is missing and could not be installed"
}

# debootstrap of both suites at once: mostly waiting on downloads and dpkg, so a cold `up` gets
# about a minute shorter.
prefetch_rootfs() {
  local suite pids=()
  for suite in "$@"; do
    [ -f "$ENGINE_HOME/images/$suite-v$STANDIN_VERSION.tar" ] && continue
    ensure_debootstrap
    mkdir -p "$ENGINE_HOME/images"
    build_rootfs "$suite" "$ENGINE_HOME/images/$suite-v$STANDIN_VERSION.tar" &
    pids+=($!)
  done
  local pid
  for pid in "${pids[@]}"; do wait "$pid" || die "building a stand-in root file system failed"; done
}

ensure_base_images() {
  local index_311="$1" index_313="$2"
  local entry tag suite index label
  local -A imported=() pulled=() wanted=()
  # Absent images: pull the real one if a registry answers, else note the suite for a stand-in.
  for entry in "${BASE_IMAGES[@]}"; do
    tag="${entry%:*}"
    docker image inspect "$tag" >/dev/null 2>&1 && continue
    if [ "${DOCKSPEC_PULL_BASE_IMAGES:-1}" = 1 ] && timeout 30 docker pull -q "$tag" >/dev/null 2>&1; then
      log "pulled $tag"
      pulled[$tag]=1
    else
      wanted[${entry##*:}]=1
    fi
  done
  [ ${#wanted[@]} -eq 0 ] || prefetch_rootfs "${!wanted[@]}"
  for entry in "${BASE_IMAGES[@]}"; do
    suite="${entry##*:}"
    tag="${entry%:*}"
    [ -n "${pulled[$tag]:-}" ] && continue
    index="$index_311"
    [ "$suite" = trixie ] && index="$index_313"
    if docker image inspect "$tag" >/dev/null 2>&1; then
      # A stand-in made for another index URL or recipe is made again; real images stay.
      label="$(docker image inspect -f '{{index .Config.Labels "org.dockspec.pip-index"}} v{{index .Config.Labels "org.dockspec.standin-version"}}' "$tag")"
      if ! docker image inspect -f '{{index .Config.Labels "org.dockspec.standin"}}' "$tag" | grep -q . ||
        [ "$label" = "$index v$STANDIN_VERSION" ]; then
        continue
      fi
    fi
    if [ -n "${imported[$suite]:-}" ]; then
      docker tag "${imported[$suite]}" "$tag"
      log "tagged $tag (same stand-in as ${imported[$suite]})"
    else
      import_base_image "$tag" "$suite" "$index"
      imported[$suite]="$tag"
    fi
  done
}

# Stand-ins for NVIDIA's CUDA runtime images: the suite's minbase with its Python purged (the real
# images carry no Python; Dockerfile.gpu installs one with apt), an empty /usr/local/cuda, and the
# variables the real image sets. Bookworm stands in for Ubuntu 22.04 (same package names, glibc
# 2.36 against 2.35): `apt-get install python3.11` reaches Debian's archive. No CUDA libraries:
# verify skips its GPU checks on a machine without an NVIDIA runtime anyway.
# tag:suite:cuda-version
CUDA_IMAGES=(
  "nvidia/cuda:12.1.0-runtime-ubuntu22.04:bookworm:12.1.0"
)
CUDA_STANDIN_VERSION=1

ensure_cuda_images() {
  local index="$1" entry rest tag suite cuda tarball label
  for entry in "${CUDA_IMAGES[@]}"; do
    cuda="${entry##*:}"
    rest="${entry%:*}"
    suite="${rest##*:}"
    tag="${rest%:*}"
    if docker image inspect "$tag" >/dev/null 2>&1; then
      label="$(docker image inspect -f '{{index .Config.Labels "org.dockspec.standin-version"}} {{index .Config.Labels "org.dockspec.pip-index"}}' "$tag")"
      # Real images stay; a stand-in of this recipe and index stays.
      if ! docker image inspect -f '{{index .Config.Labels "org.dockspec.standin"}}' "$tag" | grep -q . ||
        [ "$label" = "cuda-v$CUDA_STANDIN_VERSION $index" ]; then
        continue
      fi
    elif [ "${DOCKSPEC_PULL_BASE_IMAGES:-1}" = 1 ] && timeout 60 docker pull -q "$tag" >/dev/null 2>&1; then
      log "pulled $tag"
      continue
    fi
    tarball="$ENGINE_HOME/images/$suite-v$STANDIN_VERSION.tar"
    [ -f "$tarball" ] || build_rootfs "$suite" "$tarball"
    log "building $tag (stand-in from Debian $suite, Python removed)"
    docker import "$tarball" "dockspec-standin-rootfs:$suite" >/dev/null
    # Built, then flattened into one layer, so the purged Python is not in the image at all.
    printf '%s\n' "FROM dockspec-standin-rootfs:$suite" \
      "RUN apt-get purge -y --auto-remove 'python3*' 'libpython3*' >/dev/null \\" \
      " && rm -rf /usr/local/lib/python3* /usr/local/bin/python* /usr/local/bin/pip* /usr/bin/python /usr/bin/pip \\" \
      " && mkdir -p /usr/local/cuda-${cuda%.*}/lib64 && ln -s cuda-${cuda%.*} /usr/local/cuda" |
      docker build --network host -q -o type=tar,dest=- - 2>"$ENGINE_LOG/cuda-standin.log" |
      docker import \
        --change "ENV PATH=/usr/local/nvidia/bin:/usr/local/cuda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        --change "ENV CUDA_VERSION=$cuda" \
        --change "ENV NVIDIA_VISIBLE_DEVICES=all" \
        --change "ENV NVIDIA_DRIVER_CAPABILITIES=compute,utility" \
        --change "ENV PIP_INDEX_URL=$index" \
        --change "LABEL org.dockspec.pip-index=\"$index\"" \
        --change "LABEL org.dockspec.standin-version=\"cuda-v$CUDA_STANDIN_VERSION\"" \
        --change "LABEL org.dockspec.standin=\"debootstrap $suite minbase without Python; not the official nvidia/cuda image\"" \
        - "$tag" >/dev/null 2>>"$ENGINE_LOG/cuda-standin.log" ||
      die "building the stand-in $tag failed (log: $ENGINE_LOG/cuda-standin.log)"
    docker rmi "dockspec-standin-rootfs:$suite" >/dev/null 2>&1 || true
  done
}
