import { describe, expect, it } from 'vitest';
import { isArtifactUrl } from '../../src/knowledge/downloads.js';

describe('knowledge: downloads', () => {
  it('tells artifacts (archives, packages, scripts, release binaries) from other URLs', () => {
    for (const u of [
      'https://example.com/a-1.2.tar.gz',
      'https://example.com/pkg_1.0_amd64.deb?x=1',
      'https://astral.sh/uv/install.sh',
      'https://github.com/o/r/releases/download/v1/tool-linux-amd64',
    ])
      expect(isArtifactUrl(u), u).toBe(true);
    for (const u of [
      'https://api.example.com/v1/status',
      'https://example.com/',
      'not a url',
      'https://example.com/docs.html',
    ])
      expect(isArtifactUrl(u), u).toBe(false);
  });
});
