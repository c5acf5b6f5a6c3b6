#!/usr/bin/env python3
"""Repack Debian python3-* packages as wheels, so pip in a Python 3.13 image can install them.

Debian 13 ships FastAPI, uvicorn, pydantic (with pydantic-core built for CPython 3.13) and psycopg
as .deb files under /usr/lib/python3/dist-packages, most with a real .dist-info. A wheel is a zip
of that tree plus a .dist-info holding METADATA, WHEEL and RECORD, so repacking is mechanical.

usage: debs_to_wheels.py OUT_DIR PACKAGE.deb...
Prints one line per wheel written; skips (with a warning) packages without Python metadata.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SITE = Path("usr/lib/python3/dist-packages")


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def egg_info_to_metadata(egg: Path) -> str:
    """Old-style packages ship PKG-INFO + requires.txt; turn them into METADATA."""
    lines = (egg / "PKG-INFO").read_text(encoding="utf-8").splitlines()
    head = [line for line in lines if line.strip()]
    requires = egg / "requires.txt"
    extra = None
    if requires.exists():
        for raw in requires.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("["):
                section = line.strip("[]")
                extra_name, _, marker = section.partition(":")
                extra = (extra_name, marker)
                continue
            marker_parts = []
            if extra and extra[0]:
                marker_parts.append(f'extra == "{extra[0]}"')
            if extra and extra[1]:
                marker_parts.append(f"({extra[1]})")
            suffix = "; " + " and ".join(marker_parts) if marker_parts else ""
            head.append(f"Requires-Dist: {line}{suffix}")
    return "\n".join(head) + "\n"


def wheel_tag(root: Path) -> str:
    for so in root.rglob("*.so"):
        match = re.search(r"cpython-(\d)(\d+)", so.name)
        if match:
            ver = match.group(1) + match.group(2)
            return f"cp{ver}-cp{ver}-linux_x86_64"
    return "py3-none-any"


def repack(deb: Path, out: Path) -> Path | None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        site = Path(tmp) / SITE
        if not site.is_dir():
            print(f"warning: {deb.name}: no {SITE}, skipped", file=sys.stderr)
            return None
        infos = sorted(site.glob("*.dist-info")) or sorted(site.glob("*.egg-info"))
        if not infos:
            print(f"warning: {deb.name}: no .dist-info or .egg-info, skipped", file=sys.stderr)
            return None
        info = infos[0]
        stem = info.name.rsplit(".", 1)[0]
        name, _, version = stem.partition("-")
        name = re.sub(r"[-_.]+", "_", name)
        # Debian versions like 2.27.2 are fine; strip local "+ds" suffixes pip would reject.
        version = re.split(r"[+~]", version)[0]
        dist_info = f"{name}-{version}.dist-info"
        tag = wheel_tag(site)
        files: dict[str, bytes] = {}
        for path in sorted(site.rglob("*")):
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            rel = path.relative_to(site)
            if rel.parts[0] == info.name:
                if rel.name in {"INSTALLER", "RECORD", "WHEEL", "direct_url.json", "REQUESTED"}:
                    continue
                if info.suffix == ".egg-info":
                    continue
                files[f"{dist_info}/{'/'.join(rel.parts[1:])}"] = path.read_bytes()
                continue
            if len(infos) > 1 and rel.parts[0].endswith((".dist-info", ".egg-info")):
                continue
            files[rel.as_posix()] = path.read_bytes()
        if info.suffix == ".egg-info":
            files[f"{dist_info}/METADATA"] = egg_info_to_metadata(info).encode()
        purelib = "true" if tag == "py3-none-any" else "false"
        files[f"{dist_info}/WHEEL"] = (
            "Wheel-Version: 1.0\nGenerator: dockspec-debs-to-wheels\n"
            f"Root-Is-Purelib: {purelib}\nTag: {tag}\n"
        ).encode()
        record = [f"{p},{record_hash(d)},{len(d)}" for p, d in files.items()]
        record.append(f"{dist_info}/RECORD,,")
        files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
        wheel = out / f"{name}-{version}-{tag}.whl"
        with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
            for rel, data in files.items():
                zf.writestr(rel, data)
        return wheel


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for deb in argv[2:]:
        wheel = repack(Path(deb), out)
        if wheel:
            print(wheel.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
