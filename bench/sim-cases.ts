// Prints, one line per seed, everything observable of a generated case (the property test's
// manifests, plus commands, faults, execs and ConfigMap changes at random times): bundle it from
// two builds and compare the outputs to check that a change to the engine changes no result.
// Usage: node sim-cases.js <first seed> <end seed>
import {
  apply, execInPod, getEvents, getLogs, getPods, getWarnings, getWatchRows, init, runUntil,
  type SimCommand, type SimEvent, type SimState,
} from '../src/sim/index.js';
import { admitAll, Gen, validManifests, validPod, type Json } from '../test/sim/property/gen.js';

function command(g: Gen, pods: readonly string[], n: number): SimCommand {
  const pod = g.pick(pods);
  switch (g.int(0, 11)) {
    case 0: return { kind: 'delete', ref: { kind: 'Pod', name: pod }, ...(g.bool(0.3) ? { gracePeriodSeconds: 0, force: true } : {}) };
    case 1: return { kind: 'fault', fault: { type: 'killContainer', target: { pod } } };
    case 2: return { kind: 'fault', fault: { type: 'probeFail', target: { pod }, probe: g.pick(['liveness', 'readiness', 'startup'] as const), until: g.int(0, 400_000) } };
    case 3: return { kind: 'fault', fault: { type: 'httpFail', target: { pod }, status: g.pick([500, 503, 404]) } };
    case 4: return { kind: 'fault', fault: { type: g.pick(['nodeDown', 'nodeUp'] as const), node: g.pick(['node01', 'node02']) } };
    case 5: return { kind: 'fault', fault: { type: g.pick(['memoryPressure', 'memoryRelief'] as const), node: g.pick(['node01', 'node02']) } };
    case 6: return { kind: 'scale', ref: { kind: 'Deployment', name: 'deploy' }, replicas: g.int(0, 4) };
    case 7: return { kind: 'label', ref: { kind: 'Pod', name: pod }, changes: { app: g.pick(['web', null]) }, overwrite: true };
    case 8: return { kind: 'setImage', ref: { kind: 'Pod', name: pod }, images: { app: g.pick(['nginx:1.27', 'busybox', 'nope:1']) } };
    case 9: {
      const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.pick(['app-config', 'other']) }, data: { mode: 'x', 'index.html': g.pick(['a', 'b']) } };
      return { kind: 'create', object: admitAll([cm])[0] };
    }
    case 10: return { kind: 'delete', ref: { kind: 'ConfigMap', name: 'app-config' } };
    default: return { kind: 'create', object: admitAll([validPod(g, `late-${n}`)])[0] };
  }
}

const EXECS = [['touch', '/tmp/healthy'], ['rm', '-f', '/tmp/healthy'], ['sh', '-c', 'echo hi > /usr/share/nginx/html/index.html']];

function runCase(seed: number): string {
  const g = new Gen(seed);
  const { docs, podNames } = validManifests(g);
  let state: SimState = init({ objects: admitAll(docs), startEpochMs: 0 }, seed);
  const events: SimEvent[] = [];
  const out: string[] = [];
  const until = g.int(60, 900) * 1000;
  const times = Array.from({ length: g.int(0, 6) }, () => g.int(0, until)).sort((a, b) => a - b);
  const logsOf = (s: SimState) => getPods(s).map((p) => getLogs(s, { pod: p.metadata.name ?? '', namespace: p.metadata.namespace }));
  for (const [i, t] of times.entries()) {
    let ev: SimEvent[];
    [state, ev] = runUntil(state, t);
    events.push(...ev);
    if (g.bool(0.2)) out.push(JSON.stringify(execInPod(state, { pod: g.pick(podNames), command: g.pick(EXECS) })[1]));
    [state, ev] = apply(state, command(g, podNames, i));
    events.push(...ev);
    out.push(JSON.stringify(logsOf(state)));
  }
  const [, last] = runUntil(state, until);
  events.push(...last);
  const logs = getPods(state).flatMap((p) => [...p.spec.containers, ...(p.spec.initContainers ?? [])].flatMap((c) =>
    [false, true].map((previous) => getLogs(state, { pod: p.metadata.name ?? '', namespace: p.metadata.namespace, container: c.name, previous }))));
  const rows = getWatchRows(state).map((r) => r.rows);
  return JSON.stringify({ rows, events, all: getEvents(state), pods: getPods(state), warnings: getWarnings(state), logs, out });
}

const from = Number(process.argv[2] ?? 0);
const to = Number(process.argv[3] ?? from + 100);
for (let seed = from; seed < to; seed++) process.stdout.write(`${seed} ${runCase(seed)}\n`);
