import rule from '../../../src/lint/rules/backtick-substitution.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo "$(date)" > /build-date',
    // Backticks in single quotes, or escaped, are text, not a substitution.
    "FROM python:3.12-slim\nRUN echo 'run `make` first'",
    'FROM python:3.12-slim\nRUN echo "use \\`make\\`"',
    // A shell that is not POSIX is not parsed as shell.
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host `date`',
    'FROM python:3.12-slim\nCMD ["sh", "-c", "echo hi"]',
    // hadolint's pragma for the ShellCheck code silences it.
    'FROM python:3.12-slim\n# hadolint ignore=SC2006\nRUN echo `date` > /build-date',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN echo `date` > /build-date',
      errors: [{ messageId: 'legacy', line: 2, column: 10, endColumn: 16 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir \\\n    "torch==`cat torch.version`"',
      errors: [{ messageId: 'legacy', line: 3, column: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN A=$(echo `uname -m`) && echo $A',
      errors: [{ messageId: 'legacy', line: 2, column: 14 }],
    },
    {
      code: 'FROM python:3.12-slim\nCMD gunicorn -w `nproc` app:app',
      errors: [{ messageId: 'legacy', line: 2, column: 17 }],
    },
  ],
});
