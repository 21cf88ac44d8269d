import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSimInput } from '../../src/commands/sim-input.js';
import { runSimulation } from '../../src/commands/sim-run.js';
import { formatT } from '../../src/commands/sim-print.js';
import { parseManifestText } from '../../src/manifest/read.js';
import { getEvents, getPods, getWatchRows, init, runUntil } from '../../src/sim/index.js';
import { FIXTURES } from './sim-helpers.js';

const START = Date.UTC(2025, 0, 1);

function inputOf(file: string) {
  const { docs } = parseManifestText(file, readFileSync(join(FIXTURES, file), 'utf8'));
  const built = buildSimInput(docs, 1, START);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.input;
}

describe('runSimulation', () => {
  it.each(['sim/scenario-web.yaml', 'sim/crash.yaml'])('stops the clock at every row without changing the run (%s)', (file) => {
    const input = inputOf(file);
    const result = runSimulation(input, 1, 300_000);
    let plain = init(input, 1);
    [plain] = runUntil(plain, 300_000);
    const view = (s: typeof plain) => JSON.stringify([getWatchRows(s), getEvents(s), getPods(s)]);
    expect(view(result.state)).toBe(view(plain));
  });

  it('gives each row the AGE and RESTARTS kubectl printed at that moment', () => {
    const pod = runSimulation(inputOf('sim/crash.yaml'), 1, 200_000).pods[0];
    expect(pod.rows.map((r) => `${r.status} ${r.restartsText} ${r.age}`)).toEqual([
      'Pending 0 0s', 'ContainerCreating 0 0s', 'Error 0 3s', 'Error 1 (1s ago) 4s', 'CrashLoopBackOff 1 (1s ago) 5s',
      'Error 2 (11s ago) 15s', 'CrashLoopBackOff 2 (1s ago) 16s', 'Error 3 (20s ago) 35s', 'CrashLoopBackOff 3 (1s ago) 36s',
      'Error 4 (41s ago) 76s', 'CrashLoopBackOff 4 (1s ago) 77s', 'Error 5 (80s ago) 2m36s', 'CrashLoopBackOff 5 (1s ago) 2m37s',
    ]);
  });
});

describe('formatT', () => {
  it.each([
    [0, '0s'], [1500, '1.5s'], [20, '0.02s'], [45_000, '45s'], [60_000, '1m'], [90_000, '1m30s'], [120_100, '2m0.1s'],
    [3_600_000, '1h'], [3_900_000, '1h5m'], [3_661_000, '1h1m1s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatT(ms)).toBe(text);
  });
});
