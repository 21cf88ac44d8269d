/**
 * Whether a lab step's goal is met: judged by `podlab validate` on the reference run, and live by
 * the Lab after every command and as the clock runs. Pure.
 *
 * A `ran` goal matches a command the learner ran (one kubectl accepted) when, after a leading
 * `kubectl` or `k` is dropped from either side:
 * - the goal's positional words appear among the learner's, in the same order (a subsequence);
 *   resource words count by type (`po`, `pod`, `pods`, `Pod` are one word), and `pod/web` counts
 *   as the two words `pod web`;
 * - every flag of the goal is among the learner's flags, with the same value when it takes one.
 *   Flags are read as kubectl reads them for that command (src/sim/kubectl/argv/specs.ts): short
 *   and long forms are one flag (`-c`/`--container`, `-p`/`--previous`, `-n`/`--namespace`,
 *   `-o`/`--output` ...), `--flag=value`, `--flag value` and `-fvalue` are one flag and value, and
 *   a short letter means what it means for that command (`-f` is `--follow` for `logs`).
 * Extra words and flags of the learner's are fine: `k logs web -c shipper --tail=5` satisfies
 * `logs web -c shipper`. A goal kubectl could not parse matches nothing.
 */
import type { SimState } from '../../sim/index.js';
import { parseFlags, type FlagValue } from '../../sim/kubectl/argv/flags.js';
import { COMMAND_FLAGS, GLOBAL_FLAGS } from '../../sim/kubectl/argv/specs.js';
import { tokenize } from '../../sim/kubectl/index.js';
import { findCommand } from '../../sim/kubectl/parse.js';
import { resolveResourceType } from '../../sim/kubectl/resources.js';
import { assertNever } from '../../util/assert-never.js';
import type { LabGoal } from '../types.js';
import { goalFailures } from './goal.js';
import { jsonpathFailures } from './jsonpath.js';
import type { SimSaid } from './messages.js';

/** A command line as the matcher compares it. */
interface Words {
  readonly positionals: readonly string[];
  /** By long name. */
  readonly flags: ReadonlyMap<string, FlagValue>;
}

/** A resource word as one token per type; `pod/web` as the type and the name. */
function normalised(word: string): string[] {
  const slash = word.indexOf('/');
  if (slash > 0) {
    const type = resolveResourceType(word.slice(0, slash));
    if (type) return [`type:${type.resource}`, word.slice(slash + 1)];
  }
  const types = word.split(',').map(resolveResourceType);
  if (types.every((t) => t !== undefined)) return [types.map((t) => `type:${t.resource}`).join(',')];
  return [word];
}

function read(words: readonly string[]): Words | undefined {
  const argv = words[0] === 'kubectl' || words[0] === 'k' ? words.slice(1) : words;
  const { path, used } = findCommand(argv);
  const rest = argv.filter((_, i) => !used.has(i));
  const parsed = parseFlags(rest, [...(COMMAND_FLAGS[path] ?? []), ...GLOBAL_FLAGS]);
  if (!parsed.ok) return undefined;
  const positionals = [...(path === '' ? [] : path.split(' ')), ...parsed.args.positionals].flatMap(normalised);
  return { positionals, flags: parsed.args.flags };
}

function sameValue(goal: FlagValue, learner: FlagValue): boolean {
  if (Array.isArray(goal)) return Array.isArray(learner) && goal.every((v) => learner.includes(v));
  return goal === learner;
}

function isSubsequence(goal: readonly string[], learner: readonly string[]): boolean {
  let i = 0;
  for (const word of learner) if (i < goal.length && word === goal[i]) i++;
  return i === goal.length;
}

/**
 * Whether the learner's command satisfies a `ran` goal's `goalCommand`. `words`: the kubectl
 * command words of one accepted command, without the leading `kubectl`/`k` (dropped if there).
 */
export function ranMatches(goalCommand: string, words: readonly string[]): boolean {
  const tokens = tokenize(goalCommand);
  if (!tokens.ok) return false;
  const goal = read(tokens.words);
  const learner = read(words);
  if (!goal || !learner || goal.positionals.length === 0) return false;
  if (!isSubsequence(goal.positionals, learner.positionals)) return false;
  return [...goal.flags].every(([name, value]) => learner.flags.has(name) && sameValue(value, learner.flags.get(name) as FlagValue));
}

/** Why a `pod` or `jsonpath` goal is not met in `state`; empty when it is. A `ran` goal is not about the cluster. */
export function labGoalFailures(state: SimState, goal: Exclude<LabGoal, { kind: 'ran' }>, sinceMs = 0): SimSaid[] {
  switch (goal.kind) {
    case 'pod': return goalFailures(state, goal.expect, sinceMs);
    case 'jsonpath': return jsonpathFailures(state, goal.resource, goal.namespace ?? 'default', goal.path, goal.expect);
    default: return assertNever(goal);
  }
}

/** Whether `goal` is met now: pod/jsonpath on `state`; ran on any of `ran` (word lists of accepted commands, without `kubectl`/`k`). */
export function labGoalMet(state: SimState, goal: LabGoal, ran: readonly (readonly string[])[]): boolean {
  if (goal.kind === 'ran') return ran.some((words) => ranMatches(goal.command, words));
  return labGoalFailures(state, goal).length === 0;
}
