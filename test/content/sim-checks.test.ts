import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CHECKERS } from '../../src/content/checkers.js';
import { validateContent } from '../../src/content/index.js';
import { simCheckCtx } from '../../src/content/sim-checks/context.js';
import { runSimChecks, type SimCheckResult } from '../../src/content/sim-checks/index.js';
import { readsFile, shellOperator } from '../../src/content/sim-checks/solution.js';
import { manifestPlacer } from '../../src/content/sim-checks/source-map.js';
import { loadPack, removePacks } from './helpers.js';
import { DRILLS, FIX_LESSON, MANIFEST_LESSON, PREDICT_LESSON, QUESTIONS } from './sim-checks-fixtures.js';

afterAll(removePacks);

const FILES = {
  'lessons/manifests.yaml': MANIFEST_LESSON,
  'lessons/predicts.yaml': PREDICT_LESSON,
  'lessons/fixes.yaml': FIX_LESSON,
  'quizzes/questions.yaml': QUESTIONS,
  'quizzes/drills.yaml': DRILLS,
} as const;
type FileName = keyof typeof FILES;

const { dir, content } = await loadPack(FILES);
const en: SimCheckResult = runSimChecks(content, 'en');

/**
 * Where the `n`th `marker` (1-based) at or after the first `after` sits in a fixture file,
 * shifted `shift` columns: the oracle for positions, read from the text itself.
 */
function pos(file: FileName, marker: string, opts: { after?: string; n?: number; shift?: number } = {}): string {
  const text = FILES[file];
  let i = opts.after === undefined ? 0 : text.indexOf(opts.after);
  if (i < 0) throw new Error(`no ${opts.after} in ${file}`);
  for (let k = 0; k < (opts.n ?? 1); k++) {
    i = text.indexOf(marker, k === 0 ? i : i + 1);
    if (i < 0) throw new Error(`no ${marker} in ${file}`);
  }
  const before = text.slice(0, i).split('\n');
  return `${file}:${before.length}:${before[before.length - 1].length + 1 + (opts.shift ?? 0)}`;
}

const shown = (r: SimCheckResult) => r.errors.map((e) => `${e.file.slice(dir.length + 1)}:${e.line}:${e.col}`);

/**
 * Every error the fixtures must produce, and nothing else: [place, code, words the message must
 * hold]. The right items (q-cmd-run, q-cmd-delete, drill-right, drill-manifest, drill-recreate,
 * whose `kubectl delete` must wait for the pod to go ...) are the ones absent from this list.
 */
const EXPECTED: readonly [string, string, string][] = [
  [pos('lessons/manifests.yaml', 'Sometimes'), 'sim-manifest', 'spec.restartPolicy: Unsupported value: "Sometimes"'],
  [pos('lessons/manifests.yaml', 'imagePullPolcy'), 'sim-manifest', 'spec.containers[0].imagePullPolcy: unknown field'],
  [pos('lessons/manifests.yaml', 'labels: {app: agent}'), 'sim-manifest', 'metadata.name: Required value'],
  [pos('lessons/manifests.yaml', 'Not_A_Name'), 'sim-manifest', 'metadata.name: Invalid value: "Not_A_Name"'],
  // A YAML syntax error is found where the block ends: the line after `[unclosed`, at the block's indentation.
  [`lessons/manifests.yaml:${Number(pos('lessons/manifests.yaml', '[unclosed').split(':')[1]) + 1}:13`, 'sim-manifest', 'Flow sequence'],
  [pos('lessons/manifests.yaml', 'killEverything'), 'sim-manifest', 'actions[0].fault.type: Unsupported value: "killEverything"'],
  [pos('lessons/manifests.yaml', '"apiVersion: v1\\nkind: Secret'), 'sim-manifest', 'type: json: cannot unmarshal number into Go struct field Secret.type'],
  [pos('lessons/predicts.yaml', '"1/1"'), 'sim-predict', 'the answer is `1/1`, but the simulator shows READY `0/1` for pod crasher at 60s'],
  [pos('lessons/predicts.yaml', '38s'), 'sim-ambiguous', 'RESTARTS of pod crasher changes within 5 s of 38s (2 from 33s, 3 from 35.5s)'],
  [pos('lessons/predicts.yaml', '3s', { after: 'at: 3s' }), 'sim-ambiguous', 'STATUS of pod web changes within 5 s of 3s (ContainerCreating from 0s, Running from 5.5s)'],
  [pos('lessons/predicts.yaml', 'manifest: |', { n: 7, shift: 10 }), 'sim-predict', 'creates no Pod'],
  [pos('lessons/fixes.yaml', 'manifest: |', { n: 2, shift: 10 }), 'sim-goal', 'already meets the goal at 60s'],
  [pos('lessons/fixes.yaml', 'solution: |', { n: 3, shift: 10 }), 'sim-goal', 'STATUS is ImagePullBackOff, not Running, at 60s'],
  [pos('quizzes/questions.yaml', '"Running"'), 'sim-predict', 'the answer is `Running`, but the simulator shows STATUS `CrashLoopBackOff` for pod crasher at 120s'],
  [pos('quizzes/questions.yaml', 'solution: |', { after: 'id: q-yaml-wrong', shift: 10 }), 'sim-goal', 'STATUS is CrashLoopBackOff, not Running, at 60s'],
  [pos('quizzes/questions.yaml', '"kubectl set image pod/web web=nginx:1.99"'), 'sim-goal', 'container web runs nginx:1.99, not nginx:1.25; STATUS is ImagePullBackOff'],
  [pos('quizzes/questions.yaml', '"kubectl set image pod/web web=nginx:1.25 --frobnicate"'), 'sim-command', 'unknown flag: --frobnicate'],
  [pos('quizzes/questions.yaml', 'setup: |', { after: 'id: q-cmd-start-passes', shift: 7 }), 'sim-goal', 'already meets the goal at 30s'],
  [pos('quizzes/drills.yaml', 'setup: |', { after: 'id: drill-nothing-to-do', shift: 7 }), 'sim-drill', 'the setup already passes every check'],
  [pos('quizzes/drills.yaml', 'kubectl run web', { after: 'id: drill-nothing-to-do' }), 'sim-command', 'Error from server (AlreadyExists): pods "web" already exists'],
  [pos('quizzes/drills.yaml', 'id: image-path', { after: 'id: drill-wrong' }), 'sim-drill', 'fails check `image-path`: {.spec.containers[0].image} of pod/web is `nginx:1.27`, not `nginx:1.25`'],
];

describe('simulator-backed content checks', () => {
  it('loads the fixtures without loader errors', () => {
    expect(content.errors).toEqual([]);
  });

  it('reports exactly the expected errors, at their places', () => {
    expect(shown(en)).toEqual(EXPECTED.map(([place]) => place).sort((a, b) => {
      const [fa, la, ca] = a.split(':');
      const [fb, lb, cb] = b.split(':');
      return fa < fb ? -1 : fa > fb ? 1 : Number(la) - Number(lb) || Number(ca) - Number(cb);
    }));
  });

  it.each(EXPECTED)('%s: %s', (place, code, words) => {
    const error = en.errors.find((e) => `${e.file.slice(dir.length + 1)}:${e.line}:${e.col}` === place);
    expect(error?.code).toBe(code);
    expect(error?.message).toContain(words);
    expect(error?.hint).toBeTruthy();
  });

  it('notes the checks it cannot make, without calling them errors', () => {
    expect(en.skipped.map((s) => [`${s.file.slice(dir.length + 1)}:${s.line}:${s.col}`, s.reason, s.detail])).toEqual([
      [pos('quizzes/questions.yaml', '"kubectl get pod web -o yaml > web.yaml"'), 'needs-shell', 'kubectl get pod web -o yaml > web.yaml'],
      [pos('quizzes/questions.yaml', '"kubectl edit pod web"'), 'kubectl-unsupported', 'kubectl edit pod web'],
      [pos('quizzes/drills.yaml', 'id: answer-file'), 'file-check', 'answer-file'],
    ]);
  });

  it('speaks Korean when asked, keeping Kubernetes words as they are', () => {
    const ko = runSimChecks(content, 'ko');
    expect(shown(ko)).toEqual(shown(en));
    const wrong = ko.errors.find((e) => e.code === 'sim-predict' && e.message.includes('1/1'));
    expect(wrong?.message).toBe('정답은 `1/1`인데, 시뮬레이터에서는 60s에 Pod crasher의 READY 값이 `0/1`입니다');
  });

  it('turns a simulator failure into an error at the item, not a crash', () => {
    const ctx = simCheckCtx(content, 'en');
    ctx.guard({ file: 'x.yaml', line: 3, col: 5 }, () => {
      throw new Error('boom');
    });
    expect(ctx.errors).toEqual([{
      file: 'x.yaml', line: 3, col: 5, code: 'sim-crash', message: 'the simulator failed while checking this: boom',
      hint: 'this is a bug in podlab, not in the content: please report it with this file',
    }]);
  });

  it('is registered in CONTENT_CHECKERS, so podlab validate reports it', () => {
    const { report } = validateContent(content, { checkers: CONTENT_CHECKERS, displayPath: (f) => f.slice(dir.length + 1) });
    expect(report.errors.map((e) => `${e.file}:${e.line}:${e.col}`)).toEqual(shown(en));
    expect(report.errors[0].file).toBe(join('lessons', 'fixes.yaml'));
  });
});

describe('solution lines that need a shell', () => {
  it.each([
    ['kubectl get pod web -o yaml > web.yaml', '>'],
    ['kubectl get pods | grep web', '|'],
    ['kubectl delete pod a; kubectl delete pod b', ';'],
    ['kubectl run x --image=busybox -- sh -c "echo a > /tmp/b"', undefined],
    ["kubectl run x --image=busybox -- sh -c 'a && b'", undefined],
    ['kubectl exec web -- echo $(date)', '$('],
    ['kubectl run web --image=nginx:1.25', undefined],
  ])('%s → %s', (line, op) => {
    expect(shellOperator(line)).toBe(op);
  });

  it.each([
    ['kubectl apply -f pod.yaml', true],
    ['kubectl apply --filename=pod.yaml', true],
    ['kubectl apply -f -', false],
    ['kubectl apply -f=-', false],
    ['kubectl run web --image=nginx:1.25', false],
  ])('%s reads a file: %s', (line, isFile) => {
    expect(readsFile(line)).toBe(isFile);
  });
});

describe('placing a position inside a manifest in its content file', () => {
  const file = 'x.yaml';
  const text = 'a:\n  manifest: |\n    apiVersion: v1\n    kind: Pod\n  quoted: "apiVersion: v1"\n';
  const read = (f: string) => (f === file ? text : undefined);
  it.each([
    ['a | block: the block line, shifted by its indentation', { file, line: 2, col: 13 }, { file, line: 4, col: 5 }],
    ['a quoted value: the field itself', { file, line: 5, col: 11 }, { file, line: 5, col: 11 }],
    ['an unreadable file: the field itself', { file: 'gone.yaml', line: 2, col: 13 }, { file: 'gone.yaml', line: 2, col: 13 }],
  ])('%s', (_, at, expected) => {
    expect(manifestPlacer(at, read)(2, 1)).toEqual(expected);
  });
});
