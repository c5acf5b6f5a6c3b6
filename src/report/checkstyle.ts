import type { Severity } from '../lint/types.js';
import { findingsByFile } from './by-file.js';
import type { Reporter } from './types.js';
import { XML_DECLARATION, xmlText as xml } from './xml.js';

// checkstyle's own levels; its format has no "style", so style findings are info.
const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/**
 * Checkstyle XML, as Jenkins' Warnings plugin, reviewdog (`-f=checkstyle`) and SonarQube read it:
 * a `<file>` per linted file (clean ones too), an `<error>` per finding whose `source` is
 * `dockspec.<rule id>`.
 */
export const checkstyle: Reporter = (result) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const [file, findings] of findingsByFile(result)) {
    if (findings.length === 0) {
      out.push(`  <file name="${xml(file)}"/>`);
      continue;
    }
    out.push(`  <file name="${xml(file)}">`);
    for (const f of findings)
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${level[f.severity]}" message="${xml(f.message)}" source="dockspec.${xml(f.ruleId)}"/>`,
      );
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};
