import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build configuration
import { buildOptions } from '../../scripts/build-options.mjs';

// The commands that do not draw must not pay for ink, react, yaml or conf: check that none of
// them is reachable from dist/cli.js through static imports (only through dynamic import()).
const HEAVY = /node_modules\/(ink|react|react-reconciler|yoga-layout|yaml|conf|ts-fsrs)\//;

describe('the bundle', () => {
  it('keeps heavy packages out of the static import graph of the entry', async () => {
    const result = await build({ ...buildOptions, absWorkingDir: resolve(__dirname, '../..'), write: false, metafile: true, outdir: 'dist' });
    const outputs = (result.metafile as Metafile).outputs;
    const seen = new Set<string>();
    const queue = ['dist/cli.js'];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imp of outputs[file]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) queue.push(imp.path);
    }
    const staticInputs = [...seen].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
    expect(staticInputs.length).toBeGreaterThan(0);
    expect(staticInputs.filter((input) => HEAVY.test(input))).toEqual([]);
    // and the heavy code is in the bundle at all, behind dynamic imports
    const allInputs = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    expect(allInputs.some((input) => /node_modules\/ink\//.test(input))).toBe(true);
  }, 60_000);
});
