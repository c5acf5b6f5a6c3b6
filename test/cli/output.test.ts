import process from 'node:process';
import { afterEach, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/output.js';

describe('useColor', () => {
  const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('asks the stream the text goes to: stderr redirected to a file gets no escapes', () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    expect(useColor(undefined, { isTTY: false })).toBe(false);
    expect(useColor(undefined, { isTTY: true })).toBe(true);
  });

  it('NO_COLOR and --no-color win over a TTY', () => {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    expect(useColor(undefined, { isTTY: true })).toBe(false);
    delete process.env.NO_COLOR;
    expect(useColor(false, { isTTY: true })).toBe(false);
  });
});
