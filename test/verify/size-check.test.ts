import { describe, expect, it } from 'vitest';
import { size } from '../../src/verify/checks/size.js';
import type { CheckContext } from '../../src/verify/types.js';
import { resolvedContract } from '../generate/factory.js';

// The size check's own decisions, on image facts as the engine reports them (the engine tests
// build real images and run the check end to end).
const MB = 1_000_000;

function context(
  budgets: { imageSize?: string; imageSizeAboveBase?: string },
  image: { size: number; baseSize?: number },
) {
  const contract = resolvedContract({
    budgets: {
      ...(budgets.imageSize ? { imageSizeBytes: Number.parseInt(budgets.imageSize, 10) * MB } : {}),
      ...(budgets.imageSizeAboveBase
        ? { imageSizeAboveBaseBytes: Number.parseInt(budgets.imageSizeAboveBase, 10) * MB }
        : {}),
    },
  });
  return {
    contract,
    image: {
      inspect: { size: image.size, layers: ['a', 'b', 'c'] },
      history: [],
      baseSize: image.baseSize,
      layers: async () => [],
    },
  } as unknown as CheckContext;
}

describe('size check: the budget above the base', () => {
  it('passes an image that adds less than its budget to its base, and reports both figures', async () => {
    const r = await size.run(
      context({ imageSize: '500', imageSizeAboveBase: '150' }, { size: 260 * MB, baseSize: 125 * MB }),
    );
    expect(r.status).toBe('pass');
    expect(r.expected).toContain('above the base');
    expect(r.actual).toMatch(/^260MB \(135MB above the base\)/);
  });

  it('fails an image that adds more than its budget, though the whole image is within its own', async () => {
    const r = await size.run(
      context({ imageSize: '500', imageSizeAboveBase: '150' }, { size: 300 * MB, baseSize: 125 * MB }),
    );
    expect(r.status).toBe('fail');
    expect(r.actual).toMatch(/adds 175MB to its base, over the 150MB budget/);
  });

  it("fails, saying why, when the base is not the image's own so the difference means nothing", async () => {
    const r = await size.run(context({ imageSizeAboveBase: '150' }, { size: 300 * MB }));
    expect(r.status).toBe('fail');
    expect(r.actual).toMatch(/cannot be measured/);
  });
});
