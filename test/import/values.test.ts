import { describe, expect, it } from 'vitest';
import { typed } from '../../src/import/extract/table.js';
import { readLabeled } from '../../src/import/labels.js';
import { readDuration, readHttpPath, readImage, readLaunch, readSize } from '../../src/import/values.js';

describe('value readers', () => {
  it('sizes: limits and expectations', () => {
    expect(readSize('<500MB')).toEqual({ value: '500MB', approximate: false });
    expect(readSize('**< 350 MB**')).toEqual({ value: '350MB', approximate: false });
    expect(readSize('~1.5GB, includes CUDA')).toEqual({ value: '1.5GB', approximate: true });
    expect(readSize('about 2 GiB')).toEqual({ value: '2GiB', approximate: true });
    expect(readSize('small')).toBeUndefined();
  });

  it('durations: units, ranges as their upper bound', () => {
    expect(readDuration('<30 seconds')?.value).toBe('30s');
    expect(readDuration('5 minutes')?.value).toBe('5m');
    expect(readDuration('Accept 30-60s delay')).toEqual({ value: '60s', approximate: true });
    expect(readDuration('250ms')?.value).toBe('250ms');
  });

  it('images, in code or in words', () => {
    expect(readImage('`python:3.11-slim`')).toBe('python:3.11-slim');
    expect(readImage('Python 3.11 slim')).toBe('python:3.11-slim');
    expect(readImage('nvidia/cuda:12.1.0-runtime-ubuntu22.04')).toBe(
      'nvidia/cuda:12.1.0-runtime-ubuntu22.04',
    );
    expect(readImage('https://example.com:8080')).toBeUndefined();
  });

  it('paths and launch commands', () => {
    expect(readHttpPath('GET /health')).toBe('/health');
    expect(readHttpPath('curl -f http://localhost:7860/health || exit 1')).toBe('/health');
    expect(readLaunch(['uvicorn', 'scripts.api:app', '--host', '0.0.0.0', '--port', '7860'])).toEqual({
      server: 'uvicorn',
      entrypoint: 'scripts.api:app',
      port: 7860,
    });
    expect(readLaunch('gunicorn -b 0.0.0.0:8000 app:create_app()')).toEqual({
      server: 'gunicorn',
      entrypoint: 'app:create_app()',
      port: 8000,
    });
  });

  it('typed keeps version strings as text', () => {
    expect(typed('8000')).toBe(8000);
    expect(typed('true')).toBe(true);
    expect(typed('3.10')).toBe('3.10');
    expect(typed('007')).toBe('007');
  });
});

describe('labels', () => {
  it('maps the labels people write onto contract paths', () => {
    expect(readLabeled('**Base Image**', 'python:3.11-slim', '')).toEqual([
      { path: 'image.base', value: 'python:3.11-slim' },
      { path: 'image.python', value: '3.11' },
    ]);
    expect(readLabeled('Start Period', '5 seconds (allow startup)', 'Health Check')).toEqual([
      { path: 'healthcheck.startPeriod', value: '5s', approximate: false },
    ]);
    expect(readLabeled('Container startup', '<10 seconds', '')?.[0].path).toBe('budgets.startup');
    expect(readLabeled('Health check response', '<3 seconds', '')?.[0].path).toBe('budgets.healthLatency');
    expect(readLabeled('Image size (GPU)', '<1.5GB', '')?.[0].path).toBe('budgets.gpuImageSize');
    expect(readLabeled('Endpoint', 'GET /health', 'Health Check')).toEqual([
      { path: 'app.health.liveness', value: '/health' },
    ]);
    expect(readLabeled('Endpoint', 'GET /health', 'Billing')).toBeUndefined();
    expect(readLabeled('Favourite colour', 'teal', '')).toBeUndefined();
  });
});
