// The `--flag`s each Dockerfile instruction accepts, as BuildKit's Dockerfile frontend (dockerfile:1
// syntax, Docker 25+) parses them. Any other flag stops the build at parse time ("Unknown flag: …").
// Source: the Dockerfile reference (docs.docker.com/reference/dockerfile) for each instruction.

export const instructionFlags: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** Flags of an instruction that takes none: every flag there is unknown. */
export const NO_FLAGS: readonly string[] = [];
