import type { PyModule } from './modules.js';
import { callArgs, literal, type Statement, splitArgs, stringList } from './scan.js';

export interface CorsSetting {
  origins?: string[];
  originRegex?: string;
  credentials?: boolean;
  methods?: string[];
  file: string;
  line: number;
}

/** CORS as configured in code: Starlette/FastAPI CORSMiddleware, flask-cors, django-cors-headers. */
export function findCors(modules: PyModule[]): CorsSetting | undefined {
  for (const module of modules) {
    const lists = moduleLists(module);
    const strings = (s: Statement, text: string | undefined) =>
      text === undefined ? undefined : (stringList(s, text) ?? lists.get(text.trim()) ?? single(s, text));
    for (const s of module.statements) {
      const mw = /CORSMiddleware\b/.exec(s.code);
      const flask = /^(?:\w+\s*=\s*)?CORS\s*\(/.exec(s.code);
      if (mw || flask) {
        const open = mw ? s.code.lastIndexOf('(', mw.index) : s.code.indexOf('(');
        const args = splitArgs(callArgs(s.code, open) ?? '');
        const origins = strings(s, args.keywords.get('allow_origins') ?? args.keywords.get('origins'));
        const regex = literal(s, args.keywords.get('allow_origin_regex'));
        const cred = args.keywords.get('allow_credentials') ?? args.keywords.get('supports_credentials');
        const methods = strings(s, args.keywords.get('allow_methods') ?? args.keywords.get('methods'));
        if (!origins && !regex && !flask) continue;
        return clean({
          origins: origins ?? (flask ? ['*'] : undefined),
          originRegex: regex,
          credentials: cred === undefined ? undefined : cred === 'True',
          methods: methods && !methods.includes('*') ? methods : undefined,
          file: module.file,
          line: s.line,
        });
      }
    }
    // django-cors-headers settings.
    const originsLine = module.statements.find((s) => /^CORS_ALLOWED_ORIGINS\s*=/.test(s.code));
    const regexLine = module.statements.find((s) => /^CORS_ALLOWED_ORIGIN_REGEXES\s*=/.test(s.code));
    if (originsLine || regexLine) {
      const value = (s: Statement) => s.code.slice(s.code.indexOf('=') + 1);
      const cred = module.statements.find((s) => /^CORS_ALLOW_CREDENTIALS\s*=/.test(s.code));
      return clean({
        origins: originsLine ? strings(originsLine, value(originsLine)) : undefined,
        originRegex: regexLine ? stringList(regexLine, value(regexLine))?.join('|') : undefined,
        credentials: cred ? /True/.test(value(cred)) : undefined,
        file: module.file,
        line: (originsLine ?? regexLine)!.line,
      });
    }
  }
  return undefined;
}

function single(s: Statement, text: string): string[] | undefined {
  const v = literal(s, text);
  return v === undefined ? undefined : [v];
}

/** Module-level `origins = [...]` lists, so `allow_origins=origins` resolves. */
function moduleLists(module: PyModule): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of module.statements) {
    const m = s.indent === 0 ? /^(\w+)\s*(?::[^=]+)?=\s*([[(].*[\])])$/.exec(s.code) : null;
    const list = m ? stringList(s, m[2]) : undefined;
    if (m && list) out.set(m[1], list);
  }
  return out;
}

function clean(c: CorsSetting): CorsSetting {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as CorsSetting;
}
