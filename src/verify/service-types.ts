import type { ContainerState } from './engine/engine.js';

/** A container of the image under test, started by a check. */
export interface Service {
  id: string;
  port: number;
  startedAt: number;
  /** Whether the contract port appeared in CMD/ENTRYPOINT (else the app must honour PORT). */
  portRewritten: boolean;
  state(): Promise<ContainerState>;
  logs(): Promise<string>;
  remove(): Promise<void>;
}

export interface Ready {
  ok: boolean;
  elapsedMs: number;
  status?: number;
  /** Why it never became ready: exited (with code) or timed out. */
  problem?: string;
}

export interface StartedService {
  svc: Service;
  ready: Ready;
}
