import type { Severity } from '../lint/types.js';
import type { Reporter } from './types.js';

const command: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  style: 'notice',
};

// Workflow commands need %, CR, LF escaped in data, and also ':' and ',' in properties.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations (`::error file=…,line=…::message`), one per finding. */
export const github: Reporter = (result) =>
  result.findings
    .map((f) => {
      const props = [
        `file=${prop(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
        `title=${prop(`${f.ruleId} ${f.rule}`)}`,
      ];
      return `::${command[f.severity]} ${props.join(',')}::${data(f.message)}\n`;
    })
    .join('');
