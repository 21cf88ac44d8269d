import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempHome } from './helpers.js';

/**
 * Real processes against one PODLAB_HOME. The store is bundled with esbuild (no TypeScript
 * loader needed in the children); the children start together on a "go" line, not on a timer.
 */

const PROCESSES = 3;
const ANSWERS_EACH = 200;
let dir = '';

const CHILD = `
import { openStore } from './store.mjs';
const [prefix, count] = [process.argv[2], Number(process.argv[3])];
process.stdin.once('data', () => {
  const { store, notice } = openStore({ env: process.env });
  if (notice) throw new Error(JSON.stringify(notice));
  // Even answers go under their own id, odd ones onto one list that every process appends to.
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) store.recordAnswer(prefix + '-' + i, { correct: true });
    else store.recordAnswer('shared', { correct: false, answer: prefix + '-' + i });
  }
  if (store.isReadOnly) throw new Error(JSON.stringify(store.readOnlyNotice));
  process.stdin.destroy();
});
process.stdout.write('ready\\n');
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'podlab-bundle-'));
  await build({
    entryPoints: [resolve('src/store/store.ts')],
    outfile: join(dir, 'store.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies of conf need a require inside an ES module bundle.
    banner: { js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'child.mjs'), CHILD);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function whenReady(child: ChildProcess): Promise<void> {
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(chunk.toString()).toBe('ready\n');
}

describe('two or more podlab processes writing at once', () => {
  it(`lose no answer (${PROCESSES} processes × ${ANSWERS_EACH} answers, half of them on one shared list)`, async () => {
    const { env, file, home } = tempHome();
    const children = Array.from({ length: PROCESSES }, (_, k) =>
      spawn(process.execPath, [join(dir, 'child.mjs'), `p${k}`, String(ANSWERS_EACH)], {
        env: { ...process.env, ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
    const stderr = children.map((child) => {
      let text = '';
      child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      return () => text;
    });
    const exits = children.map((child) => once(child, 'exit'));
    await Promise.all(children.map(whenReady));
    for (const child of children) child.stdin!.write('go\n');
    const codes = (await Promise.all(exits)).map(([exitCode]) => exitCode as number);
    expect(stderr.map((text) => text())).toEqual(children.map(() => ''));
    expect(codes).toEqual(children.map(() => 0));

    const data = JSON.parse(readFileSync(file, 'utf8'));
    const all = children.flatMap((_, k) => Array.from({ length: ANSWERS_EACH }, (_, i) => ({ id: `p${k}-${i}`, isOwn: i % 2 === 0 })));
    const own = all.filter((a) => a.isOwn).map((a) => a.id);
    expect(Object.keys(data.answers).sort()).toEqual([...own, 'shared'].sort());
    for (const id of own) expect(data.answers[id]).toHaveLength(1);
    const shared = data.answers.shared.map((a: { answer: string }) => a.answer).sort();
    expect(shared).toEqual(all.filter((a) => !a.isOwn).map((a) => a.id).sort());
    expect(readdirSync(home)).toEqual(['progress.json']);
  }, 60_000);
});
