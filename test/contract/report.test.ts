import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { contractCheckJson, formatContractCheck } from '../../src/contract/report.js';

const text = 'version: 1\nservice: demo\ntarget: generic\napp:\n  port: 0\n';

describe('contract reporters', () => {
  it('stylish: one line per finding, details indented, a summary', () => {
    const out = formatContractCheck(checkContractText(text, 'dockspec.yaml'));
    expect(out.split('\n')).toEqual([
      'dockspec.yaml:4:1  warning  app.entrypoint  app.entrypoint is not stated; assuming app.main:app  entrypoint-stated',
      '    hint: set app.entrypoint to module:object (dockspec init detects it)',
      'dockspec.yaml:5:9  error  app.port  port 0 is outside 1-65535  port-range',
      '    expected 1-65535; found 0',
      '',
      'dockspec.yaml is not a valid contract (1 error, 1 warning)',
    ]);
  });

  it('stylish --quiet: errors only', () => {
    const out = formatContractCheck(checkContractText(text, 'dockspec.yaml'), { quiet: true });
    expect(out).not.toContain('warning  ');
    expect(out).toContain('error  app.port');
  });

  it('json: diagnostics and validity', () => {
    const json = JSON.parse(contractCheckJson(checkContractText(text, 'dockspec.yaml')));
    expect(json.valid).toBe(false);
    expect(json.diagnostics.map((d: { rule: string }) => d.rule)).toEqual([
      'entrypoint-stated',
      'port-range',
    ]);
    // The shape held, so the resolved contract is shown even though a rule failed.
    expect(json.resolved.app.port).toBe(0);
  });
});
