import rule from '../../../src/lint/rules/cors-origin-regex-dots.js';
import { ruleTester } from '../rule-tester.js';

const df = 'FROM python:3.12-slim\nCOPY . .';
const main = (regex: string) =>
  `from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(\n    CORSMiddleware,\n    allow_origin_regex=${regex},\n)\n`;

ruleTester(rule, {
  valid: [
    { code: df, files: { 'app/main.py': main('r"https://.*\\.vercel\\.app"') } },
    { code: df, files: { 'app/main.py': main('r"https://(www\\.)?example\\.com"') } },
    { code: df, files: { 'app/main.py': main('r"http://localhost:\\d+"') } },
    {
      code: df,
      files: { 'app/main.py': `ORIGIN_RE = r"https://[a-z0-9-]+\\.hf\\.space"\n${main('ORIGIN_RE')}` },
    },
    df,
  ],
  invalid: [
    {
      code: df,
      files: { 'app/main.py': main('r"https://.*.example.com"') },
      errors: [{ messageId: 'dot', line: 4, column: 24, endColumn: 49 }],
    },
    {
      code: df,
      files: { 'app/main.py': main('"https://my-app-.*\\\\.vercel.app"') },
      errors: [{ messageId: 'dot', line: 4, column: 24 }],
    },
    {
      code: df,
      files: { 'api.py': `ORIGINS = r"^https://app.example\\.org$"\n${main('ORIGINS')}` },
      errors: [{ messageId: 'dot', line: 1, column: 11, endColumn: 40 }],
    },
  ],
});
