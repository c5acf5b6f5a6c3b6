import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';

const contract = (line6: string) =>
  `version: 1\nservice: api\ntarget: generic\nimage:\n  base: python:3.11-slim\n${line6}\nhealth:\n  liveness: /health\n`;

describe('YAML syntax errors point where the problem starts', () => {
  it('an unclosed [ is reported at the bracket, not where the parser gave up', () => {
    const [d] = checkContractText(contract('  ports: [8000'), 'dockspec.yaml').diagnostics;
    expect(d).toMatchObject({
      rule: 'yaml-syntax',
      line: 6,
      column: 10,
      message: 'YAML: this [ is never closed',
    });
    expect(d.hint).toContain('close it with ]');
  });

  it('an unclosed { likewise; brackets in quotes and comments do not count', () => {
    const [d] = checkContractText(
      contract('  labels: {a: "x[", b: y # a [ in a comment\n  more: [1, 2]'),
      'dockspec.yaml',
    ).diagnostics;
    expect(d).toMatchObject({ line: 6, column: 11, message: 'YAML: this { is never closed' });
  });

  it('other syntax errors keep the position the parser gives', () => {
    const [d] = checkContractText('version: 1\n\tservice: api\n', 'dockspec.yaml').diagnostics;
    expect(d).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 1 });
  });
});
