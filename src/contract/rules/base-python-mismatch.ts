import { pythonFromBase } from '../resolve.js';
import type { ContractRule, RuleFinding } from './types.js';

const sameVersion = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

export const basePythonMismatch: ContractRule = {
  id: 'base-python-mismatch',
  severity: 'error',
  description: 'image.python, the python base image tag and the PYTHON_VERSION build argument agree.',
  check: ({ contract }) => {
    const image = contract.image ?? {};
    const out: RuleFinding[] = [];
    const fromBase = pythonFromBase(image.base);
    if (image.python && fromBase && !sameVersion(image.python, fromBase))
      out.push({
        path: ['image', 'python'],
        message: `Python ${image.python} does not match the base image ${image.base}`,
        expected: fromBase,
        found: image.python,
      });
    const arg = image.buildArgs?.PYTHON_VERSION;
    const stated = image.python ?? fromBase;
    if (arg !== undefined && stated && !sameVersion(String(arg), stated))
      out.push({
        path: ['image', 'buildArgs', 'PYTHON_VERSION'],
        message: `build argument PYTHON_VERSION=${arg} does not match Python ${stated}`,
        expected: stated,
        found: String(arg),
      });
    return out;
  },
};
