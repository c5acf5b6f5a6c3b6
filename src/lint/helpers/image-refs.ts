import type { DockerfileModel, Range } from '../../dockerfile/index.js';

/** An image the build pulls, where it is named. */
export interface ImageUse {
  image: string;
  range: Range;
  /** How the Dockerfile names it, for messages: `FROM`, `COPY --from`, `RUN --mount`. */
  where: 'FROM' | 'COPY --from' | 'RUN --mount';
}

/**
 * Every external image a Dockerfile names: FROM bases (not stages), `COPY --from=<image>` and
 * `RUN --mount=…,from=<image>` that name no stage. Images left unknown by an ARG without a default,
 * and `scratch`, are not among them.
 */
export function externalImages(model: DockerfileModel): ImageUse[] {
  const stageNames = new Set(model.stages.map((s) => s.name).filter(Boolean));
  const external = (name: string) =>
    name !== '' && !name.includes('$') && !/^\d+$/.test(name) && !stageNames.has(name.toLowerCase());
  const out: ImageUse[] = [];
  for (const stage of model.stages) {
    const image = stage.resolvedImage;
    if (
      image &&
      !stage.imageUnknown &&
      !stage.baseStage &&
      image.toLowerCase() !== 'scratch' &&
      external(image)
    )
      out.push({ image, range: stage.imageRange ?? stage.from.range, where: 'FROM' });
    for (const top of stage.instructions) {
      // An ONBUILD trigger pulls its image in the build that uses this one.
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (!i) continue;
      for (const f of i.flags) {
        if (i.keyword === 'COPY' && f.name === 'from' && f.value && external(f.value))
          out.push({ image: f.value, range: f.valueRange ?? f.range, where: 'COPY --from' });
        if (i.keyword === 'RUN' && f.name === 'mount' && f.value) {
          const m = /(^|,)from=([^,]+)/.exec(f.value);
          const from = m?.[2];
          if (!m || !from || !external(from)) continue;
          // Point at the image itself when the flag's value sits on one line.
          const v = f.valueRange;
          const at = m.index + m[1].length + 'from='.length;
          const range =
            v && v.start.line === v.end.line
              ? {
                  start: { line: v.start.line, column: v.start.column + at },
                  end: { line: v.start.line, column: v.start.column + at + from.length },
                }
              : f.range;
          out.push({ image: from, range, where: 'RUN --mount' });
        }
      }
    }
  }
  return out;
}
