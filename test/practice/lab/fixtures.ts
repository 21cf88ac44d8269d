// What the lab tests share: a lab opened fresh, the learner's files in memory, a small guided
// scenario around a Pod that crashes, and the text a line printed.
import { parseAllDocuments } from 'yaml';
import type { LabScenario, LabStep } from '../../../src/content/types.js';
import type { Lang } from '../../../src/i18n/index.js';
import { advanceLab, labNow, openLab, type LabLive } from '../../../src/practice/lab/lab-live.js';
import { runLabLine, type LabEnv, type LabReply } from '../../../src/practice/lab/lab-line.js';
import type { LabRun } from '../../../src/practice/lab/lab-run.js';
import { runKubectl, type KubectlOutput } from '../../../src/sim/kubectl/index.js';
import { words } from '../helpers.js';

/** The wall clock when a lab opens. */
export const WALL = Date.UTC(2025, 0, 1, 9, 0, 0);

/** Files the learner has, by path, as `apply -f` and `--from-file` read them. */
export function memoryEnv(files: Readonly<Record<string, string>> = {}, lang: Lang = 'en'): LabEnv {
  return {
    lang,
    cwd: '/home/learner',
    files: {
      readManifests: (path) => (path in files
        ? { ok: true, documents: parseAllDocuments(files[path]).map((d) => d.toJS() as unknown) }
        : { ok: false, error: `the path "${path}" does not exist` }),
      readFile: (path) => (path in files ? { ok: true, text: files[path] } : { ok: false, error: `error reading ${path}: no such file or directory` }),
    },
  };
}

export const ENV = memoryEnv();

/** A lab opened fresh (or from `saved`); throws when it cannot be. */
export function open(scenario?: LabScenario, saved?: LabRun, id = scenario?.id ?? 'sandbox'): LabLive {
  const opened = openLab(id, scenario, saved, { wallMs: WALL, seed: 3 });
  if (!opened.ok) throw new Error(`${opened.problem}: ${opened.detail}`);
  return opened.lab;
}

/** The text a reply printed, one line each. */
export const text = (r: LabReply): string => r.out.map((l) => l.text).join('\n');

/** Runs a line and returns what it printed. */
export const run = (lab: LabLive, line: string, env: LabEnv = ENV): string => text(runLabLine(lab, line, env));

/** Moves the lab's clock on by `ms`. */
export const wait = (lab: LabLive, ms: number): void => advanceLab(lab, labNow(lab) + ms);

/** kubectl run straight against the lab's cluster: what the learner would see, without the guide noticing. */
export function look(lab: LabLive, line: string): KubectlOutput {
  return runKubectl(words(line), lab.live.cluster, { lang: 'en' });
}

/** One pod's row of `kubectl get pods`, as its columns. */
export function podRow(lab: LabLive, pod: string): string[] | undefined {
  const row = look(lab, 'get pods').stdout.split('\n').find((l) => l.startsWith(`${pod} `));
  return row?.split(/\s{2,}/);
}

/** Steps the clock a second at a time until `met` (at most `limitMs`); the cluster time then, or undefined. */
export function waitFor(lab: LabLive, met: () => boolean, limitMs = 600_000): number | undefined {
  const end = labNow(lab) + limitMs;
  while (!met()) {
    if (labNow(lab) >= end) return undefined;
    wait(lab, 1000);
  }
  return labNow(lab);
}

/** A Pod whose container exits 1 at once: CrashLoopBackOff within a minute. */
export const CRASH_POD = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo starting; exit 1"]
`;

const en = (s: string) => ({ en: s, ko: s });

const step = (until: LabStep['until'], commands: readonly string[] = []): LabStep => ({
  text: en(`do ${JSON.stringify(until)}`), hint: en('look closer'), until, solution: { commands },
});

/**
 * Look (twice: one command must not finish two steps), wait for the crash loop, then a goal
 * that is true all along (it is met the moment the crash loop is), then read the logs.
 */
export const CRASH_LAB: LabScenario = {
  id: 'lab-crash',
  title: en('A crash'),
  syllabus: 'C2',
  intro: en('A Pod crashes.'),
  setup: CRASH_POD,
  steps: [
    step({ kind: 'ran', command: 'get pods' }, ['kubectl get pods']),
    step({ kind: 'ran', command: 'get pods' }, ['kubectl get pods']),
    step({ kind: 'pod', expect: { pod: 'crash', status: 'CrashLoopBackOff' } }),
    step({ kind: 'jsonpath', resource: 'pod/crash', path: '{.spec.restartPolicy}', expect: 'Always' }),
    step({ kind: 'ran', command: 'logs crash --previous' }, ['kubectl logs crash --previous']),
  ],
  outro: en('It crashed.'),
};
