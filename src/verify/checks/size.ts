import { formatSize } from '../../contract/units.js';
import { wastedBytes } from '../image-facts.js';
import { type Check, fail, pass } from '../types.js';

/** Waste above this is reported as a failure (dive's highestWastedBytes suggestion). */
export const WASTE_LIMIT_BYTES = 20_000_000;

export const size: Check = {
  id: 'size',
  title: 'Image size and layer count within budget, little waste',
  needs: ['image'],
  async run(ctx) {
    const { budgets } = ctx.contract;
    const bytes = ctx.image.inspect.size;
    const layers = ctx.image.inspect.layers.length;
    const waste = wastedBytes(await ctx.image.layers());
    const problems: string[] = [];
    if (budgets.imageSizeBytes !== undefined && bytes > budgets.imageSizeBytes) {
      problems.push(`image is ${formatSize(bytes)}, over the ${formatSize(budgets.imageSizeBytes)} budget`);
    }
    // What the image adds to its base: the whole image minus the base's layers, which it starts with.
    const { baseSize } = ctx.image;
    const above = baseSize === undefined ? undefined : bytes - baseSize;
    const aboveBudget = budgets.imageSizeAboveBaseBytes;
    if (aboveBudget !== undefined) {
      if (above === undefined)
        problems.push(
          `the size above the base cannot be measured: ${ctx.contract.image.base} is not the image's base (its layers are not the first ones)`,
        );
      else if (above > aboveBudget)
        problems.push(
          `the image adds ${formatSize(above)} to its base, over the ${formatSize(aboveBudget)} budget`,
        );
    }
    if (budgets.layers !== undefined && layers > budgets.layers) {
      problems.push(`${layers} layers, over the budget of ${budgets.layers}`);
    }
    if (waste.bytes > WASTE_LIMIT_BYTES) {
      problems.push(`${formatSize(waste.bytes)} wasted by files overwritten or deleted in later layers`);
    }
    const expected = [
      budgets.imageSizeBytes !== undefined ? `≤ ${formatSize(budgets.imageSizeBytes)}` : 'any size',
      aboveBudget !== undefined ? `≤ ${formatSize(aboveBudget)} above the base` : undefined,
      budgets.layers !== undefined ? `≤ ${budgets.layers} layers` : undefined,
      `waste ≤ ${formatSize(WASTE_LIMIT_BYTES)}`,
    ]
      .filter(Boolean)
      .join(', ');
    const actual = `${formatSize(bytes)}${above !== undefined && aboveBudget !== undefined ? ` (${formatSize(above)} above the base)` : ''}, ${layers} layers, ${formatSize(waste.bytes)} wasted`;
    const evidence = [
      ...ctx.image.history
        .filter((h) => h.size > 0)
        .map((h) => `${formatSize(h.size).padStart(8)}  ${h.createdBy.slice(0, 100)}`),
      ...waste.top.map((w) => `wasted ${formatSize(w.bytes)}: ${w.path}`),
    ];
    return problems.length ? fail(expected, problems.join('; '), evidence) : pass(expected, actual, evidence);
  },
};
