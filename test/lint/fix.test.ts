import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/index.js';

describe('lint --fix', () => {
  it('inserts new lines with the file’s own line ending (CRLF stays CRLF)', async () => {
    const text =
      'FROM python:3.12-slim\r\nRUN pip install fastapi\r\nUSER 1000\r\nCMD ["python", "app.py"]\r\n';
    const result = await lintText(text, { fix: true });
    expect(result.output).toContain('ENV PYTHONUNBUFFERED=1\r\n');
    expect(result.output).not.toMatch(/[^\r]\n/);
  });

  it('keeps LF files LF', async () => {
    const text = 'FROM python:3.12-slim\nUSER 1000\nCMD ["python", "app.py"]\n';
    const result = await lintText(text, { fix: true });
    expect(result.output).toContain('ENV PYTHONUNBUFFERED=1\n');
    expect(result.output).not.toContain('\r');
  });
});
