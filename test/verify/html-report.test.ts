import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { verifyHtml } from '../../src/report/verify-html.js';
import { sampleReport } from './sample-report.js';

const CHROMIUM = '/usr/bin/chromium';

// Rendered in a real headless Chromium (Debian's package): assertions are on what a person sees.
describe.skipIf(!existsSync(CHROMIUM))('verify HTML report in Chromium', () => {
  it('shows the checklist, the layer chart, the timeline and the logs', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(verifyHtml(sampleReport), { waitUntil: 'load' });
      expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);

      await expect(page.title()).resolves.toBe('dockspec verify: examples/demo/dockspec.yaml');
      expect(await page.getByTestId('summary').innerText()).toMatch(
        /1 passed\s*1 failed\s*1 skipped\s*1 errors/,
      );
      const rows = page.locator('tr.check');
      expect(await rows.count()).toBe(4);
      const size = page.locator('tr.check[data-check="size"]');
      expect(await size.getAttribute('data-status')).toBe('fail');
      expect(await size.innerText()).toContain('image is 134.5MB, over the 100MB budget');
      expect(await size.locator('.mark').innerText()).toBe('☐');
      expect(await page.locator('tr.evidence pre').first().innerText()).toBe('97MB debian base\na & b < c');

      // Only layers that added bytes get a bar, and the bars scale with size.
      const bars = page.getByTestId('layer-chart').locator('rect');
      expect(await bars.count()).toBe(3);
      const widths = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
      expect(widths[0]).toBeGreaterThan(widths[1] * 4);
      expect(await page.getByTestId('layer-chart').innerHTML()).toContain(
        '97MB · debian base &lt;script&gt;',
      );

      const spans = page.getByTestId('timeline').locator('rect');
      expect(await spans.count()).toBe(4);
      const box = await spans.first().boundingBox();
      expect(box?.width).toBeGreaterThan(100);

      expect(await page.getByTestId('service-log').innerText()).toContain('<b>not html</b>');
      mkdirSync('test-artifacts', { recursive: true });
      await page.screenshot({ path: 'test-artifacts/verify-report.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
