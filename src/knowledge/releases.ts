import { parseImageRef, shortImageName } from '../dockerfile/image-ref.js';

// Releases of Python and of the distributions base images build on, with the date their security
// support ends. Sources: Python's developer guide (status of Python versions) and each version's
// release-schedule PEP; Debian's security and LTS pages (wiki.debian.org/LTS); Ubuntu's release
// cycle page (end of standard support); Alpine's release branches page. A date given only to the
// month (`2027-04`) means the end of that month. The run date is compared with these, so a release
// that goes out of support is reported from that day without a new release of dockspec.

/** A release and the last day it gets security fixes (`YYYY-MM-DD`, or `YYYY-MM` for the month). */
export interface Release {
  version: string;
  codename?: string;
  endOfLife: string;
}

/** CPython minor versions. */
export const pythonReleases: readonly Release[] = [
  { version: '2.7', endOfLife: '2020-01-01' },
  { version: '3.5', endOfLife: '2020-09-30' },
  { version: '3.6', endOfLife: '2021-12-23' },
  { version: '3.7', endOfLife: '2023-06-27' },
  { version: '3.8', endOfLife: '2024-10-07' },
  { version: '3.9', endOfLife: '2025-10-31' },
  { version: '3.10', endOfLife: '2026-10' },
  { version: '3.11', endOfLife: '2027-10' },
  { version: '3.12', endOfLife: '2028-10' },
  { version: '3.13', endOfLife: '2029-10' },
  { version: '3.14', endOfLife: '2030-10' },
];

/** Debian releases; the end is that of LTS, the last security support for the images' architectures. */
export const debianReleases: readonly Release[] = [
  { version: '8', codename: 'jessie', endOfLife: '2020-06-30' },
  { version: '9', codename: 'stretch', endOfLife: '2022-06-30' },
  { version: '10', codename: 'buster', endOfLife: '2024-06-30' },
  { version: '11', codename: 'bullseye', endOfLife: '2026-08-31' },
  { version: '12', codename: 'bookworm', endOfLife: '2028-06-30' },
  { version: '13', codename: 'trixie', endOfLife: '2030-06-30' },
];

/** Ubuntu LTS releases; the end is that of standard support (ESM needs a subscription). */
export const ubuntuReleases: readonly Release[] = [
  { version: '16.04', codename: 'xenial', endOfLife: '2021-04-30' },
  { version: '18.04', codename: 'bionic', endOfLife: '2023-05-31' },
  { version: '20.04', codename: 'focal', endOfLife: '2025-05-31' },
  { version: '22.04', codename: 'jammy', endOfLife: '2027-04' },
  { version: '24.04', codename: 'noble', endOfLife: '2029-04' },
];

/** Alpine release branches (each is supported for two years). */
export const alpineReleases: readonly Release[] = [
  { version: '3.15', endOfLife: '2023-11-01' },
  { version: '3.16', endOfLife: '2024-05-23' },
  { version: '3.17', endOfLife: '2024-11-22' },
  { version: '3.18', endOfLife: '2025-05-09' },
  { version: '3.19', endOfLife: '2025-11-01' },
  { version: '3.20', endOfLife: '2026-04-01' },
  { version: '3.21', endOfLife: '2026-11-01' },
  { version: '3.22', endOfLife: '2027-05-01' },
];

/** The last day of support as a date (a month-only end means its last day). */
export function endOfLifeDate(release: Release): Date {
  const [y, m, d] = release.endOfLife.split('-').map(Number);
  return d === undefined ? new Date(Date.UTC(y, m, 0)) : new Date(Date.UTC(y, m - 1, d));
}

/** True when the release's support ended before `today` (the run date). */
export function isEndOfLife(release: Release, today: Date): boolean {
  return (
    endOfLifeDate(release).getTime() <
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  );
}

/** The release of `releases` with that version or codename. */
export function findRelease(releases: readonly Release[], versionOrCodename: string): Release | undefined {
  return releases.find((r) => r.version === versionOrCodename || r.codename === versionOrCodename);
}

/** A release an image is built on, named for messages (`Python 3.8`, `Debian 10 (buster)`). */
export interface ImageRelease {
  label: string;
  release: Release;
}

const debianCodename = new RegExp(`(?:^|-)(${debianReleases.map((r) => r.codename).join('|')})(?:-|$)`);
const ubuntuInTag = new RegExp(
  `ubuntu-?(\\d+\\.\\d+)|(?:^|-)(${ubuntuReleases.map((r) => r.codename).join('|')})(?:-|$)`,
);

/**
 * The Python, Debian, Ubuntu and Alpine releases an image reference names in its name and tag:
 * `python:3.9-slim-buster`, `tiangolo/uvicorn-gunicorn-fastapi:python3.7`, `debian:10`,
 * `nvidia/cuda:12.1.0-runtime-ubuntu20.04`, `python:3.12-alpine3.18`. Only what the reference states
 * is read: `python:3` names no minor version, so nothing.
 */
export function imageReleases(shortName: string, tag: string): readonly ImageRelease[] {
  // The same few bases recur in every file of a run: read each reference once.
  const key = `${shortName}:${tag}`;
  const known = seen.get(key);
  if (known) return known;
  if (seen.size > 1000) seen.clear();
  const out = readReleases(shortName, tag);
  seen.set(key, out);
  return out;
}

const seen = new Map<string, readonly ImageRelease[]>();

/** A release named for messages: `Python 3.9`, `Debian 10 (buster)`. */
export function imageRelease(kind: string, release: Release): ImageRelease {
  return { label: `${kind} ${release.version}${release.codename ? ` (${release.codename})` : ''}`, release };
}

/** The releases an image reference (`python:3.9-slim-buster`) names. */
export function releasesOfImage(image: string): readonly ImageRelease[] {
  const ref = parseImageRef(image);
  return imageReleases(shortImageName(ref), ref.tag ?? '');
}

/** What ended, for messages: `for Python 3.9 on 2025-10-31 and for Debian 10 (buster) on 2024-06-30`. */
export function describeEnded(ended: readonly ImageRelease[]): string {
  return ended
    .map((r) => `for ${r.label} on ${endOfLifeDate(r.release).toISOString().slice(0, 10)}`)
    .join(' and ');
}

function readReleases(shortName: string, tag: string): ImageRelease[] {
  const out: ImageRelease[] = [];
  const add = (kind: string, release: Release | undefined) => {
    if (release) out.push(imageRelease(kind, release));
  };
  const base = shortName.slice(shortName.lastIndexOf('/') + 1);
  // The python image's tag starts with the version; other images say `python3.7` in the tag.
  const python =
    (base === 'python' ? /^(\d+\.\d+)(?:\.\d+)?(?:-|$)/.exec(tag)?.[1] : undefined) ??
    /(?:^|[-_])python-?(\d\.\d+)(?:\.\d+)?(?:[-_]|$)/.exec(tag)?.[1];
  if (python) add('Python', findRelease(pythonReleases, python));
  if (base === 'debian') add('Debian', findRelease(debianReleases, /^(\d+|[a-z]+)/.exec(tag)?.[1] ?? ''));
  else {
    const codename = debianCodename.exec(tag)?.[1];
    if (codename) add('Debian', findRelease(debianReleases, codename));
  }
  if (base === 'ubuntu')
    add('Ubuntu', findRelease(ubuntuReleases, /^(\d+\.\d+|[a-z]+)/.exec(tag)?.[1] ?? ''));
  else {
    const ubuntu = ubuntuInTag.exec(tag);
    if (ubuntu) add('Ubuntu', findRelease(ubuntuReleases, ubuntu[1] ?? ubuntu[2]));
  }
  const alpine = base === 'alpine' ? /^(\d+\.\d+)/.exec(tag) : /alpine(\d+\.\d+)/.exec(tag);
  if (alpine) add('Alpine', findRelease(alpineReleases, alpine[1]));
  return out;
}

/**
 * The date of the run: `DOCKSPEC_TODAY` (`YYYY-MM-DD`) when set, to reproduce a report or to see
 * which bases a coming date retires, else the clock.
 */
export function runDate(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.DOCKSPEC_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
  return new Date();
}
