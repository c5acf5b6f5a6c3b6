// How the Engine API's wire formats differ from what verify means: Podman's HEALTHCHECK test
// splitting, and the multiplexed log stream.

/**
 * Podman (before 5.8) joins a Docker-API HEALTHCHECK test with spaces and splits it again on
 * whitespace, so `["CMD", "python", "-c", "import x; f()"]` runs `python -c import`. Its
 * health command also accepts a JSON array of the program and its arguments, which it keeps
 * whole: exec-form tests whose arguments hold whitespace are sent that way.
 */
export function podmanHealthTest(test: string[]): string[] {
  const [kind, ...args] = test;
  if (kind !== 'CMD' || !args.some((a) => /\s/.test(a))) return test;
  // One argument with whitespace cannot be sent as exec form; Podman runs it with /bin/sh -c.
  return args.length > 1 ? [JSON.stringify(args)] : ['CMD-SHELL', args[0]];
}

/** Splits the engine's multiplexed log stream (8-byte frame headers) into text; raw when a TTY. */
export function demux(buf: Buffer): string {
  if (buf.length < 8 || buf[0] > 2 || buf[1] !== 0 || buf[2] !== 0 || buf[3] !== 0)
    return buf.toString('utf8');
  const parts: Buffer[] = [];
  let i = 0;
  while (i + 8 <= buf.length) {
    const len = buf.readUInt32BE(i + 4);
    parts.push(buf.subarray(i + 8, i + 8 + len));
    i += 8 + len;
  }
  return Buffer.concat(parts).toString('utf8');
}
