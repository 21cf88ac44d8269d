// Small content packs for the simulator-backed checks: each item is right or wrong on purpose,
// and names itself (pod names, ids) so a failing assertion says which one.

/** A manifest indented under a `key: |` line at `indent` spaces. */
export function block(manifest: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return manifest.trimEnd().split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n');
}

/** A Pod with one container; `extra` goes under `spec:` before `containers:`. */
export function pod(name: string, image: string, options: { command?: string; extra?: string; labels?: string } = {}): string {
  const labels = options.labels ? `  labels: {${options.labels}}\n` : '';
  const command = options.command ? `      command: ["sh", "-c", "${options.command}"]\n` : '';
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${labels}spec:
${options.extra ?? ''}  containers:
    - name: ${name}
      image: ${image}
${command}`;
}

/**
 * Engine facts these fixtures rely on (default cluster, seed 1): busybox `exit 1` under
 * restartPolicy Always restarts at 4.5 s, 15 s, 35.5 s and 76 s; nginx:1.25 is Running from 5.5 s;
 * an unknown nginx tag ends in ImagePullBackOff.
 */
export const CRASHER = pod('crasher', 'busybox:1.36', { command: 'exit 1' });
export const WEB = pod('web', 'nginx:1.25', { labels: 'app: web' });
const BAD_TAG = pod('web', 'nginx:9.99');
/** WEB whose container a Scenario kills at 20 s: Error at once, Running again with 1 restart at 21.5 s. */
export const KILLED = `${WEB}---
apiVersion: podlab.dev/v1
kind: Scenario
metadata:
  name: kill
actions:
  - at: 20s
    fault: {type: killContainer, pod: web}
`;

const predict = (manifest: string, at: string, ask: string, answer?: string) => `      - step:
          type: predict
          prompt: {en: What now?, ko: 지금은?}
          manifest: |
${block(manifest, 12)}
          at: ${at}
          ask: ${ask}
${answer === undefined ? '' : `          answer: "${answer}"\n`}`;

const fix = (manifest: string, goal: string, solution?: string) => `      - step:
          type: fix
          prompt: {en: Fix it., ko: 고치세요.}
          manifest: |
${block(manifest, 12)}
          goal: ${goal}
${solution === undefined ? '' : `          solution: |\n${block(solution, 12)}\n`}`;

const code = (source: string, fragment = false) => `      - code:
          lang: yaml
${fragment ? '          fragment: true\n' : ''}          source: |
${block(source, 12)}
`;

const lesson = (id: string, blocks: readonly string[]) => `format: 1
kind: lesson
id: ${id}
module: A
syllabus: [A1]
minutes: 5
title: {en: Demo, ko: 데모}
summary: {en: A demo., ko: 데모입니다.}
pages:
  - id: one
    title: {en: One, ko: 하나}
    body:
${blocks.join('')}checkpoint: []
`;

/** Lesson code blocks: right, wrong, fragments, kinds podlab does not simulate. */
export const MANIFEST_LESSON = lesson('manifests', [
  code(WEB),
  code(pod('sometimes', 'nginx:1.25', { extra: '  restartPolicy: Sometimes\n' })),
  code(WEB.replace('      image: nginx:1.25', '      image: nginx:1.25\n      imagePullPolcy: Always')),
  code('containers:\n  - name: x\n    image: ""\n', true),
  code('apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: a\n          image: busybox:1.36\n'),
  code('apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  labels: {app: agent}\nspec: {}\n'),
  code('apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: ok\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: Not_A_Name\n'),
  code('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n'),
  code(KILLED.replace('killContainer', 'killEverything')),
  `      - code:\n          lang: yaml\n          source: "apiVersion: v1\\nkind: Secret\\nmetadata:\\n  name: quoted\\ntype: 42\\n"\n`,
]);

/** Predict steps: right, wrong, ambiguous, and one with no answer to compare. */
export const PREDICT_LESSON = lesson('predicts', [
  predict(CRASHER, '60s', 'restarts', '3'),
  predict(CRASHER, '60s', 'status', 'CrashLoopBackOff'),
  predict(CRASHER, '1m', 'ready', '1/1'),
  predict(CRASHER, '38s', 'restarts', '3'),
  predict(WEB, '3s', 'status'),
  predict(WEB, '30s', 'status', 'Running'),
  predict(WEB.replace('kind: Pod', 'kind: ConfigMap').replace(/spec:[\s\S]*/, 'data: {a: b}\n'), '30s', 'status', 'Running'),
  predict(KILLED, '40s', 'restarts', '1'),
  predict(KILLED, '30s', 'status', 'Running'),
]);

const GOAL_RUNNING = '{pod: web, status: Running, after: 60s}';

/** Fix steps: a real fix, a start that already passes, a solution that does not work. */
export const FIX_LESSON = lesson('fixes', [
  fix(BAD_TAG, GOAL_RUNNING, WEB),
  fix(WEB, GOAL_RUNNING, WEB),
  fix(BAD_TAG, GOAL_RUNNING, pod('web', 'nginx:1.99')),
  fix(BAD_TAG, '{pod: web, exists: false}'),
  fix(pod('web', 'nginx:1.25', { labels: 'app: api' }), '{pod: web, labels: {app: web}, container: web, image: "nginx:1.25"}', WEB),
]);

const question = (id: string, type: string, fields: string) => `  - id: ${id}
    type: ${type}
    topic: pod-basics
    syllabus: A1
    difficulty: 1
    exams: [CKA]
    prompt: {en: Do it., ko: 하세요.}
    explanation: {en: Because., ko: 그래서입니다.}
${fields}`;

const command = (id: string, setup: string | undefined, solution: string, goal: string) => question(id, 'command',
  `${setup === undefined ? '' : `    setup: |\n${block(setup, 6)}\n`}    solution: ${JSON.stringify(solution)}\n    goal: ${goal}\n`);

const yamlQ = (id: string, starter: string, solution: string, goal: string) => question(id, 'yaml',
  `    starter: |\n${block(starter, 6)}\n    solution: |\n${block(solution, 6)}\n    goal: ${goal}\n`);

const predictQ = (id: string, manifest: string, at: string, ask: string, answer: string) => question(id, 'predict',
  `    manifest: |\n${block(manifest, 6)}\n    at: ${at}\n    ask: ${ask}\n    answer: "${answer}"\n`);

const IMAGE_GOAL = '{pod: web, container: web, image: "nginx:1.25", status: Running, after: 60s}';

export const QUESTIONS = `format: 1
kind: questions
questions:
${[
    predictQ('q-predict-right', CRASHER, '60s', 'restarts', '3'),
    predictQ('q-predict-wrong', CRASHER, '2m', 'status', 'Running'),
    yamlQ('q-yaml-right', BAD_TAG, WEB, GOAL_RUNNING),
    yamlQ('q-yaml-wrong', BAD_TAG, pod('web', 'nginx:1.25', { command: 'exit 1' }), GOAL_RUNNING),
    command('q-cmd-right', BAD_TAG, 'kubectl set image pod/web web=nginx:1.25', IMAGE_GOAL),
    command('q-cmd-run', undefined, 'kubectl run web --image=nginx:1.25 --labels=app=web', '{pod: web, labels: {app: web}, status: Running, after: 30s}'),
    command('q-cmd-wrong', BAD_TAG, 'kubectl set image pod/web web=nginx:1.99', IMAGE_GOAL),
    command('q-cmd-typo', BAD_TAG, 'kubectl set image pod/web web=nginx:1.25 --frobnicate', IMAGE_GOAL),
    command('q-cmd-shell', BAD_TAG, 'kubectl get pod web -o yaml > web.yaml', IMAGE_GOAL),
    command('q-cmd-start-passes', WEB, 'kubectl label pod web tier=front', '{pod: web, status: Running, after: 30s}'),
    command('q-cmd-delete', WEB, 'kubectl delete pod web --now', '{pod: web, exists: false, after: 10s}'),
    command('q-cmd-edit', BAD_TAG, 'kubectl edit pod web', IMAGE_GOAL),
  ].join('')}`;

const check = (id: string, body: string) => `      - id: ${id}
        weight: 1
        message: {en: ${id}, ko: ${id}}
${body}`;

const drill = (id: string, setup: string | undefined, checks: readonly string[], solution: string) => `  - id: ${id}
    title: {en: ${id}, ko: ${id}}
    syllabus: A1
    domain: workloads
    weight: 4
${setup === undefined ? '' : `    setup: |\n${block(setup, 6)}\n`}    task: {en: Do it., ko: 하세요.}
    checks:
${checks.join('')}    hints: []
    solution:
${solution}`;

const POD_CHECK = check('running', '        kind: pod\n        expect: {pod: web, labels: {app: web}, status: Running, ready: "1/1", after: 60s}\n');
const IMAGE_CHECK = check('image-path', '        kind: jsonpath\n        resource: pod/web\n        path: "{.spec.containers[0].image}"\n        expect: nginx:1.25\n');
const FILE_CHECK = check('answer-file', '        kind: file\n        path: /opt/answer.txt\n        expect: web\n');
const RUN = '      commands:\n        - kubectl run web --image=nginx:1.25 --labels=app=web\n        - kubectl get pod web --show-labels\n';

export const DRILLS = `format: 1
kind: drills
drills:
${[
    drill('drill-right', undefined, [POD_CHECK, IMAGE_CHECK], RUN),
    drill('drill-manifest', undefined, [POD_CHECK, IMAGE_CHECK], `      manifest: |\n${block(WEB, 8)}\n`),
    drill('drill-nothing-to-do', WEB, [POD_CHECK], RUN),
    drill('drill-wrong', undefined, [POD_CHECK, IMAGE_CHECK], '      commands: [kubectl run web --image=nginx:1.27 --labels=app=web]\n'),
    drill('drill-file', undefined, [POD_CHECK, FILE_CHECK], RUN),
    // kubectl delete waits until the pod is gone, so the same name can be created again.
    drill('drill-recreate', BAD_TAG.replace('name: web\nspec', 'name: web\n  labels: {app: web}\nspec'), [POD_CHECK, IMAGE_CHECK],
      '      commands:\n        - kubectl delete pod web\n        - kubectl run web --image=nginx:1.25 --labels=app=web\n'),
  ].join('')}`;
