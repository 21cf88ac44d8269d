// The practice save in the progress store: two processes at once, saves this build cannot use.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/store/store.js';
import type { JsonValue } from '../../src/store/types.js';
import { freshSave, SAVE_VERSION } from '../../src/practice/save.js';
import { withSave } from '../../src/practice/transact.js';
import { harness, T0 } from './helpers.js';

/** A value as the store takes it (plain JSON). */
const json = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;
const labOf = (home: string) => JSON.parse(readFileSync(join(home, 'store', 'progress.json'), 'utf8')).lab?.state;

describe('the practice save', () => {
  it('is written to the store only when something changed', async () => {
    const h = harness();
    await h.kubectl('get pods');
    const saved = readFileSync(join(h.home, 'store', 'progress.json'), 'utf8');
    h.wall.ms += 5_000;
    await h.kubectl('get pods');
    expect(readFileSync(join(h.home, 'store', 'progress.json'), 'utf8')).toBe(saved);
    await h.kubectl('run web --image=nginx');
    expect(labOf(h.home).clusters.podlab.log).toHaveLength(1);
  });

  it('replays again when another process wrote in between, so neither change is lost', async () => {
    const h = harness();
    await h.kubectl('run first --image=nginx');
    const io = { env: h.env, lang: 'en' as const, wallNow: () => h.wall.ms, newSeed: () => 1, warn: () => undefined };
    let attempts = 0;
    const done = await withSave(io, ({ save }) => {
      if (++attempts === 1) {
        // Another podlab saves while this one is still working.
        new ProgressStore({ env: h.env }).setLabState(json({ ...save, offsetMs: 60_000 }));
      }
      return { value: attempts, next: { ...save, speed: 10 } };
    });
    expect(done).toMatchObject({ ok: true, value: 2 });
    expect(labOf(h.home)).toMatchObject({ offsetMs: 60_000, speed: 10 });
  });

  it('leaves a save from a newer podlab alone, and reset still starts over', async () => {
    const h = harness();
    await h.kubectl('get pods');
    new ProgressStore({ env: h.env }).setLabState(json({ ...freshSave(T0, 'podlab'), version: SAVE_VERSION + 1 }));
    const r = await h.kubectl('get pods');
    expect(r.code).toBe(1);
    expect(r.err).toContain('newer podlab');
    expect(labOf(h.home).version).toBe(SAVE_VERSION + 1);
    expect((await h.kubectl('reset')).out).toBe('cluster reset\n');
    expect((await h.kubectl('get nodes -o name')).code).toBe(0);
  });

  it('starts a new cluster, and says so, when the save is unreadable', async () => {
    const h = harness();
    await h.kubectl('get pods');
    new ProgressStore({ env: h.env }).setLabState({ version: SAVE_VERSION, nonsense: true });
    const r = await h.kubectl('run web --image=nginx');
    expect(r).toMatchObject({ code: 0, out: 'pod/web created\n' });
    expect(r.err).toContain('could not be read');
    expect(labOf(h.home).clusters.podlab.log).toHaveLength(1);
  });

  it('says how to start over when the log cannot be replayed', async () => {
    const h = harness();
    const broken = { ...freshSave(T0, 'podlab'), clusters: { podlab: { seed: 1, log: [{ t: 0, command: { kind: 'nonsense' } }] } } };
    await h.kubectl('get pods');
    new ProgressStore({ env: h.env }).setLabState(json(broken));
    const r = await h.kubectl('get pods');
    expect(r.code).toBe(1);
    expect(r.err).toContain('podlab kubectl reset starts over');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('keeps working, and says why nothing is saved, on a damaged progress file', async () => {
    const h = harness();
    await h.kubectl('get pods');
    writeFileSync(join(h.home, 'store', 'progress.json'), '{ not json');
    const r = await h.kubectl('run web --image=nginx');
    expect(r.out).toBe('pod/web created\n');
    expect(r.err).toContain('could not be used');
    expect((await h.kubectl('get pods -o name')).out).toBe('pod/web\n');
  });
});
