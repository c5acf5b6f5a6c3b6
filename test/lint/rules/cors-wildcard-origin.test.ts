import rule from '../../../src/lint/rules/cors-wildcard-origin.js';
import { ruleTester } from '../rule-tester.js';

const code = 'FROM python:3.12-slim\nCOPY . .';
const call = (origins: string, extra = '') =>
  `from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=${origins},${extra}\n)\n`;

ruleTester(rule, {
  valid: [
    { code, files: { 'app/main.py': call('["https://app.vercel.app"]') } },
    {
      code,
      files: {
        'app/main.py': call(
          '["http://localhost:3000"]',
          '\n    allow_origin_regex=r"https://.*\\.vercel\\.app"',
        ),
      },
    },
    { code, files: { 'app/main.py': call('["*"]') } },
    {
      code,
      files: {
        'app/main.py': '# allow_origins=["https://*.x.com"] is wrong\nprint(1)\n'.replace(
          'allow_origins=',
          'allow_origins ',
        ),
      },
    },
    { code, files: { '.venv/lib/site.py': call('["https://*.vercel.app"]') } },
  ],
  invalid: [
    {
      code,
      files: {
        'scripts/api.py': call(
          '[\n        "http://localhost:3000",\n        "https://*.vercel.app",  # previews\n    ]',
        ),
      },
      errors: [{ messageId: 'wildcard', line: 6, column: 9, endColumn: 31 }],
    },
    {
      code,
      files: { 'main.py': `ORIGINS = ["https://*.example.com"]\n${call('ORIGINS')}` },
      errors: [{ messageId: 'wildcard', line: 1, column: 12 }],
    },
    {
      code,
      files: { 'main.py': call("['*']", '\n    allow_credentials=True') },
      errors: [{ messageId: 'starWithCredentials', line: 4, column: 20 }],
    },
  ],
});
