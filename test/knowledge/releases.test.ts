import { describe, expect, it } from 'vitest';
import {
  debianReleases,
  endOfLifeDate,
  findRelease,
  isEndOfLife,
  pythonReleases,
  runDate,
} from '../../src/knowledge/releases.js';

describe('knowledge: releases and their end of life', () => {
  it('reads a month-only end as the last day of that month', () => {
    expect(endOfLifeDate(findRelease(pythonReleases, '3.10')!).toISOString().slice(0, 10)).toBe('2026-10-31');
    expect(endOfLifeDate(findRelease(pythonReleases, '3.8')!).toISOString().slice(0, 10)).toBe('2024-10-07');
  });

  it('compares with the run date: supported through the last day, ended the day after', () => {
    const py38 = findRelease(pythonReleases, '3.8')!;
    expect(isEndOfLife(py38, new Date('2024-10-07T23:00:00Z'))).toBe(false);
    expect(isEndOfLife(py38, new Date('2024-10-08T00:00:00Z'))).toBe(true);
    expect(isEndOfLife(findRelease(debianReleases, 'bookworm')!, new Date('2026-12-06'))).toBe(false);
    expect(isEndOfLife(findRelease(debianReleases, 'buster')!, new Date('2026-12-06'))).toBe(true);
  });

  it('takes the run date from DOCKSPEC_TODAY when it is a date, else the clock', () => {
    expect(runDate({ DOCKSPEC_TODAY: '2027-01-02' }).toISOString().slice(0, 10)).toBe('2027-01-02');
    const now = Date.now();
    expect(Math.abs(runDate({ DOCKSPEC_TODAY: 'soon' }).getTime() - now)).toBeLessThan(5000);
  });

  it('lists releases in order, each end after the previous one', () => {
    for (const list of [pythonReleases, debianReleases]) {
      const ends = list.map((r) => endOfLifeDate(r).getTime());
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
    }
  });
});
