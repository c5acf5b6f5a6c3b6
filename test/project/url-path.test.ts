import { describe, expect, it } from 'vitest';
import { joinPath } from '../../src/project/python/url-path.js';

describe('joinPath', () => {
  it('joins prefixes and paths with one slash, keeping a trailing slash the route has', () => {
    expect(joinPath('/health', '')).toBe('/health');
    expect(joinPath('/api/', '/items/')).toBe('/api/items/');
    expect(joinPath('', '/')).toBe('/');
    expect(joinPath('/', '', 'health/')).toBe('/health/');
    expect(joinPath()).toBe('/');
  });
});
