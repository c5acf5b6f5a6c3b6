/** An image reference split the way Docker reads it: `registry/name:tag@digest`. */
export interface ImageRef {
  /** Registry host when one is given (`ghcr.io`, `localhost:5000`); undefined means Docker Hub. */
  registry?: string;
  /** Repository path without the registry (`python`, `library/python`, `org/app`). */
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    // Docker treats the first component as a registry when it has a dot or a port, or is localhost.
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}

/** `library/python` and `docker.io/library/python` are the same image as `python`. */
export function shortImageName(ref: ImageRef): string {
  const name = ref.name.startsWith('library/') ? ref.name.slice('library/'.length) : ref.name;
  const hub = !ref.registry || ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
  return hub ? name : `${ref.registry}/${name}`;
}
