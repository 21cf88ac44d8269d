/**
 * Scoring a mock exam: each task is worth its points, earned in proportion to the checks it
 * passed (partial credit); the exam and each domain are scored as a share of their points, and
 * the exam is passed at 66 %, the CKA's pass line. Pure.
 */

/** The CKA pass line, in percent. */
export const PASS_LINE = 66;

/** How one task went: its points, and the check weights it earned out of its total. */
export interface TaskOutcome {
  readonly id: string;
  readonly domain: string;
  /** Points the task is worth in the exam. */
  readonly weight: number;
  /** Check weights passed. */
  readonly score: number;
  /** Check weights in all. */
  readonly total: number;
}

/** A task with its points earned. `isSolved`: every check passed. */
export interface TaskScore extends TaskOutcome {
  readonly earned: number;
  readonly percent: number;
  readonly isSolved: boolean;
}

/** One domain's share of the exam. */
export interface DomainScore {
  readonly domain: string;
  readonly earned: number;
  readonly possible: number;
  readonly percent: number;
  readonly tasks: number;
}

/** The whole exam. */
export interface ExamScore {
  readonly tasks: readonly TaskScore[];
  /** In order of first appearance among the tasks. */
  readonly domains: readonly DomainScore[];
  readonly earned: number;
  readonly possible: number;
  /** Rounded down to one decimal, so the shown number never rounds up past the pass line. */
  readonly percent: number;
  readonly passed: boolean;
  readonly passLine: number;
}

/** A share in percent, rounded down to one decimal (65.96 shows as 65.9, not 66.0). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor(Math.round((part / whole) * 100_000) / 100) / 10;
}

/** Points rounded to two decimals, as they are shown and saved. */
const points = (n: number): number => Math.round(n * 100) / 100;

export function scoreTask(task: TaskOutcome): TaskScore {
  const fraction = task.total > 0 ? Math.min(1, Math.max(0, task.score / task.total)) : 0;
  return {
    ...task, earned: points(task.weight * fraction), percent: percentOf(fraction, 1),
    isSolved: task.total > 0 && task.score >= task.total,
  };
}

export function scoreExam(outcomes: readonly TaskOutcome[], passLine: number = PASS_LINE): ExamScore {
  const tasks = outcomes.map(scoreTask);
  const domains = [...new Set(tasks.map((t) => t.domain))].map((domain) => {
    const mine = tasks.filter((t) => t.domain === domain);
    const earned = points(mine.reduce((s, t) => s + t.earned, 0));
    const possible = mine.reduce((s, t) => s + t.weight, 0);
    return { domain, earned, possible, percent: percentOf(earned, possible), tasks: mine.length };
  });
  const earned = points(tasks.reduce((s, t) => s + t.earned, 0));
  const possible = tasks.reduce((s, t) => s + t.weight, 0);
  const percent = percentOf(earned, possible);
  return { tasks, domains, earned, possible, percent, passed: possible > 0 && percent >= passLine, passLine };
}
