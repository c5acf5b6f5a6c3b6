import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  instructionOf,
  isDependencyStep,
  lineOfStep,
  parseProgress,
} from '../../src/verify/engine/progress.js';

const data = (f: string) => readFileSync(new URL(`./data/${f}`, import.meta.url), 'utf8');

describe('parseProgress (BuildKit --progress=plain)', () => {
  const failure = parseProgress(data('buildkit-failure.txt'));

  it('finds the failing step and the Dockerfile line from the error trailer', () => {
    expect(failure.failed?.name).toBe('[4/4] RUN pip install     nothing-here==0.0 || (echo boom && exit 3)');
    expect(failure.failed?.index).toBe(4);
    expect(failure.failed?.error).toMatch(/exit code: 3/);
    expect(failure.errorLine).toBe(4);
    expect(failure.errorMessage).toMatch(/^failed to solve/);
  });

  it('keeps each step log without the timestamps', () => {
    expect(failure.failed?.log).toContain('boom');
  });

  it('maps a step back to its Dockerfile line through continuation lines', () => {
    expect(lineOfStep(failure.failed!, data('buildkit-failure.Dockerfile'))).toBe(4);
    const copy = failure.steps.find((s) => instructionOf(s).startsWith('COPY'))!;
    expect(lineOfStep(copy, data('buildkit-failure.Dockerfile'))).toBe(3);
  });

  it('tells cached steps from ones that ran', () => {
    const p = parseProgress(
      [
        '#6 [builder 2/4] COPY requirements.txt .',
        '#6 CACHED',
        '',
        '#7 [builder 3/4] RUN pip install -r requirements.txt',
        '#7 CACHED',
        '',
        '#8 [stage-1 4/5] COPY . .',
        '#8 DONE 0.1s',
      ].join('\n'),
    );
    expect(p.steps.map((s) => [s.stage, s.cached, s.done])).toEqual([
      ['builder', true, false],
      ['builder', true, false],
      ['stage-1', false, true],
    ]);
    expect(p.steps.filter(isDependencyStep).map((s) => s.id)).toEqual([7]);
    expect(p.failed).toBeUndefined();
  });
});
