#!/usr/bin/env python3
"""Merge local package indexes into one PEP 503 "simple" tree that a plain HTTP server can serve.

Builds get a single PIP_INDEX_URL, and pip only reads file:// indexes that exist inside the build,
so the indexes pip is configured with on this machine (index-url, extra-index-url, find-links) are
merged into OUT/simple/<project>/index.html whose links point at OUT/files/<name>, symlinks to the
real files. Nothing is copied; the HTTP server (bound to 127.0.0.1) serves it read-only.

usage:
  pypi_index.py merge OUT SOURCE...   SOURCE: a simple index dir, a find-links dir, or file:// URL
  pypi_index.py pip-sources           print the local sources of `pip config list`, one per line
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

HREF = re.compile(r'href="([^"]+)"')
DIST = re.compile(r"^(.+?)-\d.*\.(whl|tar\.gz|zip)$")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def to_path(source: str) -> Path | None:
    if source.startswith("file://"):
        return Path(unquote(urlparse(source).path))
    if "://" in source:
        return None  # a remote index: not ours to serve
    return Path(source)


def pip_sources() -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, check=False
    ).stdout
    found: list[str] = []
    for line in out.splitlines():
        key, _, value = line.partition("=")
        if key.rsplit(".", 1)[-1] not in {"index-url", "extra-index-url", "find-links"}:
            continue
        for item in value.strip().strip("'\"").split():
            path = to_path(item)
            if path and path.is_dir() and str(path) not in found:
                found.append(str(path))
    return found


def collect(source: Path, links: dict[str, dict[str, str]]) -> None:
    """Add {project: {filename: fragment}} for every distribution the source offers."""
    index_pages = [p for p in source.glob("*/index.html")]
    if index_pages:
        for page in index_pages:
            project = normalize(page.parent.name)
            for href in HREF.findall(page.read_text(encoding="utf-8", errors="replace")):
                target, _, fragment = html.unescape(href).partition("#")
                file = (page.parent / unquote(target)).resolve()
                if file.is_file():
                    links.setdefault(project, {})[str(file)] = fragment
        return
    for file in source.iterdir():
        match = DIST.match(file.name)
        if match and file.is_file():
            links.setdefault(normalize(match.group(1)), {})[str(file.resolve())] = ""


def merge(out: Path, sources: list[str]) -> int:
    links: dict[str, dict[str, str]] = {}
    for source in sources:
        path = to_path(source)
        if path and path.is_dir():
            collect(path, links)
        else:
            print(f"warning: {source}: not a local directory, skipped", file=sys.stderr)
    files = out / "files"
    simple = out / "simple"
    files.mkdir(parents=True, exist_ok=True)
    simple.mkdir(parents=True, exist_ok=True)
    for project, dists in sorted(links.items()):
        anchors = []
        for real, fragment in sorted(dists.items()):
            name = os.path.basename(real)
            link = files / name
            if not link.is_symlink() and not link.exists():
                link.symlink_to(real)
            href = f"../../files/{name}" + (f"#{fragment}" if fragment else "")
            anchors.append(f'<a href="{html.escape(href)}">{html.escape(name)}</a>')
        page = simple / project
        page.mkdir(exist_ok=True)
        body = "\n".join(anchors)
        (page / "index.html").write_text(f"<!DOCTYPE html><html><body>\n{body}\n</body></html>\n")
    root = "\n".join(f'<a href="{p}/">{p}</a>' for p in sorted(links))
    (simple / "index.html").write_text(f"<!DOCTYPE html><html><body>\n{root}\n</body></html>\n")
    print(f"{len(links)} projects from {len(sources)} sources", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[1] == "merge":
        return merge(Path(argv[2]), argv[3:])
    if len(argv) == 2 and argv[1] == "pip-sources":
        print("\n".join(pip_sources()))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
