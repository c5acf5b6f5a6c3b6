/** The options of `dockspec verify`, as commander parses them. */
export interface VerifyFlags {
  contract?: string;
  dockerfile?: string;
  context?: string;
  image?: string;
  variant?: string;
  only?: string;
  format: 'text' | 'json';
  report?: 'md' | 'junit' | 'html';
  out?: string;
  concurrency?: string;
  timeScale?: string;
  secret?: string[];
  envFile?: string;
  allowDummySecrets?: boolean;
}
