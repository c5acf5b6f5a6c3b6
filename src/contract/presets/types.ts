import type { Target } from '../schema.js';

/** Defaults and constraints one deployment target brings; the contract may override the defaults. */
export interface Preset {
  target: Target;
  port: number;
  user: { name: string; uid: number; gid: number; home: string };
  workdir: string;
  liveness: string;
  /** Kubernetes probes readiness separately; other targets have no readiness path unless stated. */
  readiness?: string;
  /** Paths that must stay writable at run time whatever the contract says (`$HOME` on Hugging Face). */
  writablePaths: string[];
}
