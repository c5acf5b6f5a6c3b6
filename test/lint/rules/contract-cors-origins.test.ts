import rule from '../../../src/lint/rules/contract-cors-origins.js';
import { ruleTester } from '../rule-tester.js';

const df = 'FROM python:3.12-slim\nCOPY . .';
const cors = 'cors:\n  origins:\n    - https://app.example.com\n    - https://admin.example.com\n';
const main = (origins: string, extra = '') =>
  `app.add_middleware(\n    CORSMiddleware,\n    allow_origins=${origins},${extra}\n)\n`;

ruleTester(rule, {
  valid: [
    {
      code: df,
      contract: cors,
      files: { 'app/main.py': main('["https://app.example.com", "https://admin.example.com"]') },
    },
    { code: df, contract: cors, files: { 'app/main.py': main('os.environ["ORIGINS"].split(",")') } },
    {
      code: df,
      contract: cors,
      files: {
        'app/main.py': main(
          '["https://app.example.com"]',
          '\n    allow_origin_regex=r"https://[a-z]+\\.example\\.com",',
        ),
      },
    },
    {
      code: df,
      contract: cors,
      files: { 'app/main.py': main('[os.getenv("FRONTEND"), "https://app.example.com"]') },
    },
    { code: df, files: { 'app/main.py': main('["https://app.example.com"]') } },
  ],
  invalid: [
    {
      code: df,
      contract: cors,
      files: { 'app/main.py': main('["https://app.example.com"]') },
      errors: [{ messageId: 'missing', line: 3, column: 19, endColumn: 46 }],
    },
    {
      code: df,
      contract: cors,
      files: {
        'api.py': `ORIGINS = [\n    # the dashboard\n    "http://localhost:3000",\n]\n${main('ORIGINS')}`,
      },
      errors: [
        { messageId: 'missing', line: 1, column: 11, endLine: 4, endColumn: 2 },
        { messageId: 'missing', line: 1, column: 11 },
      ],
    },
    {
      code: df,
      contract: 'cors:\n  origins: [https://x.hf.space]\n',
      files: { 'app/main.py': main("['https://x.hf.space/']") },
      errors: [{ messageId: 'missing', line: 3, column: 19 }],
    },
  ],
});
