import type { Dependency, Framework, Installer, Server, Target } from './schema.js';

/**
 * The contract after the target's preset and project facts have filled every default, with units
 * converted (durations in milliseconds, sizes in bytes). generate, lint and verify read only this.
 */
export interface ResolvedContract {
  service: string;
  description?: string;
  /** Pods of the generated Deployment (kubernetes.replicas, default 1). */
  replicas: number;
  /** The Space card's looks, as the contract states them (Hugging Face). */
  space?: { title?: string; emoji?: string; colorFrom?: string; colorTo?: string; pinned?: boolean };
  target: Target;
  /** The file the contract came from, when it came from one. */
  file?: string;
  /** The image variant this contract was narrowed to (`gpu`), by withVariant; the main image without. */
  variant?: string;
  app: {
    framework: Framework;
    entrypoint: string; // module:object
    server: Server;
    port: number;
    workers: number;
    health: {
      liveness: string;
      readiness?: string;
      aliases: string[];
      expectStatus: number;
      expectBody?: Record<string, unknown> | string;
      readinessUnavailableStatus: number;
    };
  };
  image: {
    /** Where the built image is pushed and pulled from (`ghcr.io/team/api:1.4.2`), when the contract says. */
    name?: string;
    base: string;
    python: string;
    installer: Installer;
    dependencyFiles: string[];
    stages: 'single' | 'multi';
    user: { name: string; uid: number; gid: number; home: string };
    workdir: string;
    /** Default `[{ source: '.' }]`: the whole build context, filtered by .dockerignore. */
    copy: { source: string; destination?: string; required: boolean }[];
    systemPackages: { runtime: string[]; build: string[] };
    buildArgs: Record<string, string>;
    /** Extra .dockerignore patterns from the contract (the generator adds its own defaults). */
    dockerignore?: string[];
    syntax?: string;
    gpu?: { base: string; cuda?: string; dockerfile: string; env?: Record<string, string> };
  };
  /** `tool` is what HEALTHCHECK runs; absent means python (slim images have no curl). */
  healthcheck: {
    intervalMs: number;
    timeoutMs: number;
    startPeriodMs: number;
    retries: number;
    tool?: 'python' | 'curl' | 'wget';
  };
  env: {
    secrets: { name: string; description?: string; source?: string; required: boolean }[];
    variables: { name: string; default?: string; description?: string }[];
    build: { name: string; default?: string; description?: string }[];
  };
  cors?: {
    origins: string[];
    originRegex?: string;
    credentials: boolean;
    methods?: string[];
    headers?: string[];
  };
  writablePaths: string[];
  dependencies: Required<Pick<Dependency, 'name' | 'kind' | 'readiness'>> &
    Pick<Dependency, 'env' | 'image'> extends infer D
    ? D[]
    : never;
  budgets: {
    imageSizeBytes?: number;
    /** What the image may add to its base image. */
    imageSizeAboveBaseBytes?: number;
    gpuImageSizeBytes?: number;
    layers?: number;
    buildColdMs?: number;
    buildCachedMs?: number;
    startupMs?: number;
    healthLatencyMs?: number;
    shutdownMs?: number;
  };
}
