// One line typed at the lab's prompt: a kubectl command (`kubectl` or `k`), or one of the lab's
// own (clock, fault, hint, help, reset, clear, exit, an editor on a file). It returns what to
// print and what the screen must do (open an editor, write a file, leave); the screen does the I/O.
import { shellOperator } from '../../content/sim-checks/solution.js';
import type { Lang } from '../../i18n/index.js';
import { runKubectl, tokenize, type EditSession, type ExecEnv, type ExecuteResult, type FollowSession, type KubectlOutput } from '../../sim/kubectl/index.js';
import { runClock } from './lab-clock.js';
import { runFault } from './lab-faults.js';
import { advanceGuide, type GuideNews } from './lab-guide.js';
import type { LabLive } from './lab-live.js';
import { labText } from './messages.js';

/** One line of output and how it reads: kubectl's stdout, an error, podlab's hint, good news. */
export interface OutLine {
  readonly text: string;
  readonly tone: 'plain' | 'error' | 'hint' | 'good' | 'command';
}

/** What the screen must do after a line. */
export type LabEffect =
  | { readonly kind: 'none' }
  /** `kubectl edit`: open the editor on `session.text`, then `finishEdit`. */
  | { readonly kind: 'edit'; readonly session: EditSession }
  /** `vi FILE`: open the editor on a file of the learner's. */
  | { readonly kind: 'editFile'; readonly path: string }
  /** `... > FILE`: write kubectl's output to a file of the learner's. */
  | { readonly kind: 'write'; readonly path: string; readonly text: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'leave' }
  | { readonly kind: 'hint' }
  /** A drill: grade the cluster against its checks. */
  | { readonly kind: 'check' }
  /** A drill: show the reference solution (after a check). */
  | { readonly kind: 'solution' };

export interface LabReply {
  readonly out: readonly OutLine[];
  readonly effect: LabEffect;
  /** `get -w`, `logs -f`: more output as the clock runs, until the next command. */
  readonly follow?: FollowSession;
  /** `delete`: like kubectl, the prompt waits until these objects are gone. */
  readonly waitFor?: ExecuteResult['waitFor'];
  /** `replace --force`: what runs once they are (`advanceWaiting`). */
  readonly then?: ExecuteResult['then'];
  /** Steps the line finished. */
  readonly guide?: GuideNews;
}

/** What a line needs from outside: the language and the learner's files. */
export interface LabEnv {
  readonly lang: Lang;
  readonly files: Pick<ExecEnv, 'readManifests' | 'readFile'>;
  /** Where relative paths start (shown in the editor usage line). */
  readonly cwd: string;
}

const EDITORS = new Set(['vi', 'vim', 'nvim', 'nano', 'emacs', 'edit']);

const lines = (text: string, tone: OutLine['tone']): OutLine[] =>
  text === '' ? [] : text.replace(/\n$/, '').split('\n').map((t) => ({ text: t, tone }));

const reply = (out: readonly OutLine[], effect: LabEffect = { kind: 'none' }): LabReply => ({ out, effect });

/** `cmd > file`: the command and the file, or the operator a shell would need. */
function splitRedirect(line: string): { readonly command: string; readonly file?: string } | { readonly operator: string } {
  const operator = shellOperator(line);
  if (operator === undefined) return { command: line };
  if (operator !== '>') return { operator };
  // Note: the first `>` outside quotes: a quoted one belongs to an argument (`jsonpath='{..[?(@.x>1)]}'`).
  let at = line.indexOf('>');
  while (shellOperator(line.slice(0, at + 1)) !== '>') at = line.indexOf('>', at + 1);
  const file = line.slice(at + 1).trim();
  if (file === '' || /\s/.test(file) || shellOperator(file) !== undefined) return { operator: '>' };
  // A shell reads `2> FILE` as standard error to FILE, `1> FILE` as `> FILE`.
  const fd = /(?:^|\s)(\d+)$/.exec(line.slice(0, at));
  if (fd && fd[1] !== '1') return { operator: `${fd[1]}>` };
  return { command: line.slice(0, fd ? at - fd[1].length : at), file };
}

/** kubectl's output as lines: stdout, stderr, then podlab's hint. */
export const outLines = (o: KubectlOutput, isStdout = true): OutLine[] =>
  [...(isStdout ? lines(o.stdout, 'plain') : []), ...lines(o.stderr, 'error'), ...(o.hint ? lines(o.hint, 'hint') : [])];

function kubectl(lab: LabLive, words: readonly string[], file: string | undefined, env: LabEnv): LabReply {
  const result = runKubectl(words, lab.live.cluster, { lang: env.lang, ...env.files });
  const out = outLines(result, !file);
  const guide = result.exitCode === 0 ? advanceGuide(lab, words) : undefined;
  const effect: LabEffect = result.edit ? { kind: 'edit', session: result.edit } : file ? { kind: 'write', path: file, text: result.stdout } : { kind: 'none' };
  return {
    out, effect, ...(result.follow && !file ? { follow: result.follow } : {}), ...(result.waitFor ? { waitFor: result.waitFor } : {}), ...(result.then ? { then: result.then } : {}), ...(guide ? { guide } : {}),
  };
}

/** Runs one line typed at the prompt. */
export function runLabLine(lab: LabLive, line: string, env: LabEnv): LabReply {
  const t = labText(env.lang);
  const split = splitRedirect(line);
  if ('operator' in split) return reply(lines(t('noShell', { operator: split.operator }), 'error'));
  const tokens = tokenize(split.command);
  if (!tokens.ok) return reply(lines(tokens.error, 'error'));
  const [first, ...rest] = tokens.words;
  if (first === undefined) return reply([]);
  if (first === 'kubectl' || first === 'k') return kubectl(lab, rest, split.file, env);
  const print = (r: { readonly text: string; readonly isError: boolean }) => reply(lines(r.text, r.isError ? 'error' : 'good'));
  switch (first) {
    case 'clock': return print(runClock(lab, rest, env.lang));
    case 'fault': return print(runFault(lab, rest, 'default', env.lang));
    case 'help': return reply(lines(lab.drill ? `${t('help')}\n${t('drillHelp')}` : t('help'), 'plain'));
    case 'hint': return reply([], { kind: 'hint' });
    case 'check':
    case 'solution':
      if (!lab.drill) return reply(lines(t('drillOnly', { command: first }), 'hint'));
      if (first === 'solution' && lab.checks === 0) return reply(lines(t('checkFirst'), 'hint'));
      return reply([], { kind: first });
    case 'clear': return reply([], { kind: 'clear' });
    case 'exit':
    case 'quit':
    case 'logout':
      return reply([], { kind: 'leave' });
    case 'reset':
      return rest.length === 1 && (rest[0] === '--yes' || rest[0] === '-y') ? reply(lines(t('resetDone'), 'good'), { kind: 'reset' }) : reply(lines(t('resetAsk'), 'hint'));
    default:
      if (EDITORS.has(first)) {
        return rest.length === 1 ? reply([], { kind: 'editFile', path: rest[0] }) : reply(lines(t('editUsage', { command: first, cwd: env.cwd }), 'error'));
      }
      return reply(lines(t('notFound', { command: first }), 'error'));
  }
}
