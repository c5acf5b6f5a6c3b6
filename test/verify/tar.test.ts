import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wastedBytes } from '../../src/verify/image-facts.js';
import { readTar } from '../../src/verify/tar.js';

/** A minimal ustar archive, written by hand so the reader is tested against the format, not itself. */
function tar(files: { name: string; body?: string; type?: string }[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) {
    const body = Buffer.from(f.body ?? '');
    const h = Buffer.alloc(512);
    h.write(f.name, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write(f.type ?? '0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    parts.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

describe('readTar', () => {
  it('reads names, types, sizes and contents, gzipped or not', () => {
    const raw = tar([
      { name: 'app/', type: '5' },
      { name: 'app/.env', body: 'KEY=1\n' },
    ]);
    for (const b of [raw, gzipSync(raw)]) {
      const entries = readTar(b);
      expect(entries.map((e) => [e.name, e.type, e.size])).toEqual([
        ['app/', '5', 0],
        ['app/.env', '0', 6],
      ]);
      expect(entries[1].data.toString()).toBe('KEY=1\n');
    }
  });

  it('uses GNU long names', () => {
    const long = `${'d/'.repeat(70)}file.txt`;
    const entries = readTar(
      tar([
        { name: '././@LongLink', type: 'L', body: `${long}\0` },
        { name: 'short', body: 'x' },
      ]),
    );
    expect(entries.map((e) => e.name)).toEqual([long]);
  });
});

describe('wastedBytes', () => {
  it('counts files overwritten or deleted by later layers', () => {
    const f = (path: string, size: number) => ({ path, size, type: '0' });
    const result = wastedBytes([
      { files: [f('/app/model.bin', 1000), f('/app/main.py', 10), f('/tmp/cache.tar', 500)] },
      { files: [f('/app/model.bin', 1000), f('/tmp/.wh.cache.tar', 0)] },
    ]);
    expect(result.bytes).toBe(1500);
    expect(result.top).toEqual([
      { path: '/app/model.bin', bytes: 1000 },
      { path: '/tmp/cache.tar', bytes: 500 },
    ]);
  });

  it('is zero for an image without duplicates', () => {
    expect(wastedBytes([{ files: [{ path: '/a', size: 5, type: '0' }] }]).bytes).toBe(0);
  });
});
