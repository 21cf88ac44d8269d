// The end of a mock exam: every task graded, the score per task and per domain against the pass
// line, the result in the progress store, and tasks not fully solved into the review schedule.
import { EXIT, type CommandContext } from '../cli/context.js';
import type { Drill } from '../content/types.js';
import { submitExam } from '../practice/drills/exam-flow.js';
import { isSolved, saveAttempts, type DrillAttempt } from '../practice/drills/record.js';
import { processDeps } from '../practice/process-deps.js';
import { scoreExam, type ExamScore, type TaskOutcome } from '../quiz/exam.js';
import type { ExamResult } from '../store/types.js';
import { fileReader, openProgress } from './drill-load.js';
import { examText } from './exam-messages.js';
import { resultText } from './exam-print.js';

/** What the store keeps of an exam: the fields every result has, and the detail behind them. */
export interface SavedExam extends ExamResult {
  readonly percent: number;
  readonly passLine: number;
  readonly seed: number;
  readonly minutes: number;
  readonly timedOut: boolean;
  readonly tasks: readonly { readonly drill: string; readonly domain: string; readonly weight: number; readonly score: number; readonly total: number; readonly earned: number; readonly flagged: boolean }[];
  readonly domains: readonly { readonly domain: string; readonly earned: number; readonly possible: number; readonly percent: number }[];
}

const checksTotal = (drill: Drill): number => drill.checks.reduce((s, c) => s + c.weight, 0);

export async function finishExam(ctx: CommandContext, drills: readonly Drill[]): Promise<number> {
  const t = examText(ctx.lang);
  const done = await submitExam(processDeps(ctx), drills, fileReader(ctx.cwd));
  if (!done.ok) {
    ctx.io.err(done.message + '\n');
    return EXIT.failed;
  }
  const submitted = done.value;
  if (!submitted) {
    ctx.io.err(t('noExam') + '\n');
    return EXIT.usage;
  }
  const { exam } = submitted;
  const graded = submitted.results.filter((r) => r.drill !== undefined);
  const outcomes: TaskOutcome[] = graded.map((r) => ({
    id: r.task.drill, domain: r.task.domain, weight: r.task.weight,
    score: r.grade?.score ?? 0, total: r.grade?.total ?? checksTotal(r.drill!),
  }));
  const score = scoreExam(outcomes);
  const examId = `cka-${new Date(exam.startedAt).toISOString()}`;
  const now = new Date(submitted.wallMs);
  const result: SavedExam = {
    at: now.toISOString(), score: score.earned, total: score.possible, passed: score.passed, examId,
    durationSeconds: Math.round((Math.min(submitted.wallMs, exam.endsAt) - exam.startedAt) / 1000),
    percent: score.percent, passLine: score.passLine, seed: exam.seed, minutes: exam.minutes, timedOut: submitted.isTimedOut,
    tasks: score.tasks.map((s, i) => ({ drill: s.id, domain: s.domain, weight: s.weight, score: s.score, total: s.total, earned: s.earned, flagged: graded[i].task.flagged })),
    domains: score.domains.map((d) => ({ domain: d.domain, earned: d.earned, possible: d.possible, percent: d.percent })),
  };
  const attempts = outcomes.map((o): [string, DrillAttempt] => [o.id, { score: o.score, total: o.total, exam: examId }]);
  const store = openProgress(ctx, () => now);
  saveAttempts(store, attempts, now, result);
  ctx.io.out(resultText(ctx.lang, submitted, score) + '\n' + footer(ctx, score, !store.isReadOnly));
  return score.passed ? EXIT.ok : EXIT.failed;
}

function footer(ctx: CommandContext, score: ExamScore, isSaved: boolean): string {
  const t = examText(ctx.lang);
  if (!isSaved) return t('notSaved') + '\n';
  const unsolved = score.tasks.filter((s) => !isSolved(s)).length;
  return [t('saved'), ...(unsolved > 0 ? [t('review', { n: unsolved })] : []), t('solutions')].join('\n') + '\n';
}
