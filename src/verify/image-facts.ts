import type { Readable } from 'node:stream';
import type { Engine, HistoryEntry, ImageInspect } from './engine/engine.js';
import { readTar, type TarEntry } from './tar.js';

export interface LayerFile {
  path: string;
  size: number;
  type: string;
  /** Contents, kept only for small regular files (secret scanning). */
  data?: Buffer;
}

export interface Layer {
  digest: string;
  files: LayerFile[];
  /** True when the base image has this layer (content scans skip those). */
  base: boolean;
}

const KEEP_CONTENT_BYTES = 2_000_000;

/** Facts about the image under test, read once and shared by every check. */
export class ImageFacts {
  private layersPromise?: Promise<Layer[]>;

  constructor(
    private readonly engine: Engine,
    readonly ref: string,
    readonly inspect: ImageInspect,
    readonly history: HistoryEntry[],
    private readonly baseLayers: string[] = [],
    /** Bytes of the base image, when the image is built on it (its layers come first). */
    readonly baseSize?: number,
  ) {}

  static async load(engine: Engine, ref: string, baseRef?: string): Promise<ImageFacts> {
    const [inspect, history] = await Promise.all([engine.inspectImage(ref), engine.history(ref)]);
    const base = baseRef ? await engine.inspectImage(baseRef).catch(() => undefined) : undefined;
    const baseLayers = base?.layers ?? [];
    const onBase =
      base !== undefined && baseLayers.length > 0 && baseLayers.every((l, i) => inspect.layers[i] === l);
    return new ImageFacts(engine, ref, inspect, history, baseLayers, onBase ? base.size : undefined);
  }

  /** Every layer's files, from `docker save` (read once, on first use). */
  layers(): Promise<Layer[]> {
    this.layersPromise ??= this.readLayers();
    return this.layersPromise;
  }

  private async readLayers(): Promise<Layer[]> {
    const tar = readTar(await collect(await this.engine.save(this.ref)));
    const byName = new Map<string, TarEntry>(tar.map((e) => [e.name, e]));
    const manifest = JSON.parse(byName.get('manifest.json')?.data.toString('utf8') ?? '[]') as {
      Layers: string[];
    }[];
    const layerPaths = manifest[0]?.Layers ?? [];
    const diffIds = this.inspect.layers;
    return layerPaths.map((p, i) => {
      const entry = byName.get(p);
      const files: LayerFile[] = entry
        ? readTar(entry.data).map((f) => ({
            path: `/${f.name.replace(/\/$/, '')}`,
            size: f.size,
            type: f.type,
            data: f.type === '0' && f.size <= KEEP_CONTENT_BYTES ? f.data : undefined,
          }))
        : [];
      const digest = diffIds[i] ?? p;
      return { digest, files, base: i < this.baseLayers.length && this.baseLayers[i] === diffIds[i] };
    });
  }
}

function collect(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/**
 * Bytes wasted by files that a later layer overwrites or deletes (dive's model): every occurrence
 * of a path but the last counts, and a whiteout counts the file it hides.
 */
export function wastedBytes(layers: Pick<Layer, 'files'>[]): {
  bytes: number;
  top: { path: string; bytes: number }[];
} {
  const seen = new Map<string, number[]>();
  for (const layer of layers) {
    for (const f of layer.files) {
      if (f.type === '5') continue;
      const base = f.path.split('/').pop() ?? '';
      if (base.startsWith('.wh.')) {
        const hidden = f.path.replace(/\.wh\.(?!\.wh\.)/, '');
        const prior = seen.get(hidden) ?? [];
        // Deleted later: every earlier copy is waste; an opaque dir whiteout (.wh..wh..opq) counts its folder.
        if (base === '.wh..wh..opq') {
          const dir = f.path.slice(0, -'.wh..wh..opq'.length);
          for (const [p, sizes] of seen) if (p.startsWith(dir)) seen.set(p, [...sizes, 0]);
        } else seen.set(hidden, [...prior, 0]);
        continue;
      }
      seen.set(f.path, [...(seen.get(f.path) ?? []), f.size]);
    }
  }
  const top: { path: string; bytes: number }[] = [];
  let bytes = 0;
  for (const [p, sizes] of seen) {
    if (sizes.length < 2) continue;
    const waste = sizes.slice(0, -1).reduce((a, b) => a + b, 0);
    if (waste > 0) {
      bytes += waste;
      top.push({ path: p, bytes: waste });
    }
  }
  top.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return { bytes, top: top.slice(0, 10) };
}
