/** Token shapes that are credentials whatever they are called. */
export const tokenPatterns: { name: string; re: RegExp }[] = [
  { name: 'an OpenAI key', re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}/ },
  { name: 'a Hugging Face token', re: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  {
    name: 'a GitHub token',
    re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/,
  },
  { name: 'a Slack token', re: /\bxox[baprs]-[A-Za-z0-9-]{10,}/ },
  { name: 'an Anthropic key', re: /\bsk-ant-[A-Za-z0-9_-]{20,}/ },
  { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'a private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
];

/** The first credential-shaped token in a text, by kind. */
export function findToken(text: string): { name: string; match: string } | undefined {
  for (const p of tokenPatterns) {
    const m = p.re.exec(text);
    if (m) return { name: p.name, match: m[0] };
  }
  return undefined;
}

/** Shows the start of a secret only. */
export function mask(value: string): string {
  return value.length <= 6 ? '***' : `${value.slice(0, 4)}…(${value.length} chars)`;
}

/** Variable names that hold credentials (stricter than dockle's: `KEY` alone would catch GPG_KEY). */
export const SENSITIVE_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;

/** Files that are secrets by name, found in a layer. */
export function sensitiveFileKind(p: string): string | undefined {
  const base = p.split('/').pop() ?? '';
  if (/(^|\/)\.git(\/|$)/.test(p)) return '.git folder';
  if (/^\.env(\..+)?$/.test(base) && !/\.(example|sample|template|dist)$/.test(base)) return '.env file';
  if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(base)) return 'SSH private key';
  if (/^credentials?\.json$/.test(base)) return 'credentials file';
  return undefined;
}
