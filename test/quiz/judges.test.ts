import { beforeAll, describe, expect, it } from 'vitest';
import { judgeCommand, quizJudges } from '../../src/commands/quiz-judges.js';
import { judgeCommandInSim, judgeManifest } from '../../src/commands/quiz-judge-sim.js';
import { loadContent, shippedSource, type Question } from '../../src/content/index.js';
import { grade, type QuizAnswer, type QuizQuestion } from '../../src/quiz/index.js';
import { assertNever } from '../../src/util/assert-never.js';

// The judges the CLI injects: kubectl's own parser for commands, the simulator for manifests.

const RUN = { solution: 'kubectl run web --image=nginx:1.25 --labels=tier=front', goal: { pod: 'web', image: 'nginx:1.25', labels: { tier: 'front' }, status: 'Running', after: 30 } };
const SLEEPER = {
  solution: 'kubectl delete pod sleeper --now',
  setup: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: sleeper\nspec:\n  containers:\n    - name: shell\n      image: busybox:1.36\n      command: ["sh", "-c", "echo sleeping; sleep 3600"]\n',
  goal: { pod: 'sleeper', exists: false, after: 5 },
};
const CONFIG = { solution: 'kubectl create configmap app-config --from-literal=mode=fast', goal: { pod: 'web' } };

describe('judgeCommand: the same request as the solution is right, however it is spelled', () => {
  it.each([
    [RUN, 'k run web --labels tier=front --image nginx:1.25'],
    [SLEEPER, 'kubectl delete pod sleeper --grace-period=1'],
    [SLEEPER, '$ kubectl delete pod sleeper --now'],
    [SLEEPER, 'kubectl delete po sleeper --now -n default'],
    [CONFIG, 'kubectl create cm app-config --from-literal mode=fast'],
  ])('%#: %j', (question, answer) => {
    expect(judgeCommand(answer, question, 'en')).toEqual({ correct: true });
  });
});

describe('judgeCommand: another line is judged by what it does in the simulator', () => {
  it.each([
    [RUN, 'kubectl run web --image=nginx:1.25 --labels=tier=front,team=a', true, 'STATUS Running'],
    [RUN, 'kubectl run web --image=nginx:1.27 --labels=tier=front', false, 'IMAGE: the task wants nginx:1.25, the Pod has nginx:1.27'],
    [RUN, 'kubectl run web --image=nginx:1.25', false, 'LABELS: the task wants tier=front'],
    [RUN, 'kubectl get pods', false, 'there is no Pod web'],
    [SLEEPER, 'kubectl delete pod sleeper --grace-period=3', true, ''],
    [SLEEPER, 'kubectl delete pod sleeper', false, 'Pod sleeper still exists'],
  ])('%#: %j → %s', (question, answer, correct, why) => {
    const verdict = judgeCommand(answer, question, 'en');
    expect(verdict.correct).toBe(correct);
    expect(verdict.why ?? '').toContain(why);
  });

  it('falls back to the request for a line the simulator cannot run', () => {
    expect(judgeCommand('kubectl run web --image=nginx:1.25 --labels=tier=front -o yaml --dry-run=client > pod.yaml', RUN, 'en'))
      .toEqual({ correct: false, why: 'kubectl accepts this command, but it is not the same request as the solution.' });
  });
});

describe('judgeCommand: a line kubectl refuses is wrong, in kubectl\'s words', () => {
  it.each([
    ['kubectl run web --image=nginx:1.25 --requests=cpu=100m', 'unknown flag: --requests'],
    ['kubectl rnu web --image=nginx:1.25', 'unknown command "rnu"'],
    ["kubectl run 'web --image=nginx:1.25", 'quote'],
    ['kubectl', 'not a complete kubectl command'],
  ])('%j: %s', (answer, why) => {
    const verdict = judgeCommand(answer, RUN, 'en');
    expect(verdict.correct).toBe(false);
    expect(verdict.why).toContain(why);
  });

  it('gives its reasons in Korean too', () => {
    expect(judgeCommand('kubectl run web --image=nginx:1.27 --labels=tier=front', RUN, 'ko').why).toMatch(/[가-힣]/);
  });
});

const POD = (probePath: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx:1.25
      livenessProbe:
        httpGet:
          path: ${probePath}
          port: 80
`;

describe('judgeManifest: what the simulator does with it', () => {
  const goal = { pod: 'web', status: 'Running', ready: '1/1', restarts: 0, after: 120 };

  it('accepts a manifest that reaches the goal and says what it saw', () => {
    const verdict = judgeManifest(POD('/'), goal, 'en');
    expect(verdict.correct).toBe(true);
    expect(verdict.why).toContain('STATUS Running, READY 1/1, RESTARTS 0');
  });

  it('refuses one that restarts, naming the column that misses', () => {
    const verdict = judgeManifest(POD('/healthz'), goal, 'en');
    expect(verdict.correct).toBe(false);
    expect(verdict.why).toMatch(/RESTARTS: the task wants 0, the Pod has [1-9]/);
  });

  it.each([
    ['kind: Pod\nmetadata: {name: web', 'answer.yaml:'],
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n', 'spec.containers: Required value'],
    ['', 'no manifest'],
    [POD('/').replace('name: web', 'name: other'), 'there is no Pod web'],
  ])('explains a manifest that misses: %#', (text, why) => {
    const verdict = judgeManifest(text, goal, 'en');
    expect(verdict.correct).toBe(false);
    expect(verdict.why).toContain(why);
  });

  it('judges a Pod that must be gone', () => {
    expect(judgeManifest(POD('/'), { pod: 'web', exists: false }, 'en')).toMatchObject({ correct: false, why: expect.stringContaining('still exists') });
  });
});

describe('the shipped content agrees with its judges', () => {
  let questions: readonly Question[] = [];
  beforeAll(async () => {
    questions = (await loadContent([shippedSource()])).questions;
  }, 60_000);

  /** The answer key of a question, as a learner would give it. */
  function key(q: Question): QuizAnswer {
    switch (q.type) {
      case 'single': return { type: 'single', choice: q.answer };
      case 'multi': return { type: 'multi', choices: q.answer };
      case 'truefalse': return { type: 'truefalse', value: q.answer };
      case 'order': return { type: 'order', steps: q.answer };
      case 'text': return { type: 'text', text: String(q.accept[0]) };
      case 'command': return { type: 'command', text: q.solution };
      case 'yaml': return { type: 'yaml', text: q.solution };
      case 'predict': return { type: 'predict', text: q.answer };
      case 'card': return { type: 'card', rating: 'good' };
      default: return assertNever(q);
    }
  }

  it('fits the quiz core as it is loaded', () => {
    const asQuiz: readonly QuizQuestion[] = questions;
    expect(asQuiz.length).toBeGreaterThan(200);
  });

  it('grades every answer key right', () => {
    const judges = quizJudges('en');
    const wrong = questions.filter((q) => !grade(q, key(q), judges).correct).map((q) => `${q.id}: ${grade(q, key(q), judges).why ?? ''}`);
    expect(wrong).toEqual([]);
  });

  it('runs every command solution in the simulator and finds its goal met', () => {
    const commands = questions.filter((q) => q.type === 'command');
    expect(commands.length).toBeGreaterThan(0);
    const failing = commands.flatMap((q) => {
      const verdict = judgeCommandInSim(q.solution, q.setup, q.goal, 'en');
      return verdict?.correct === true ? [] : [`${q.id}: ${verdict?.why ?? 'not run'}`];
    });
    expect(failing).toEqual([]);
  });

  it('grades every yaml starter (the broken manifest) wrong', () => {
    const judges = quizJudges('en');
    const yaml = questions.filter((q) => q.type === 'yaml');
    expect(yaml.length).toBeGreaterThan(0);
    const passing = yaml.filter((q) => grade(q, { type: 'yaml', text: q.starter }, judges).correct).map((q) => q.id);
    expect(passing).toEqual([]);
  });
});
