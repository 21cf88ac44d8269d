// What `podlab exam` prints: the task list with the time left, one task, and the result.
import type { Drill } from '../content/types.js';
import type { Lang } from '../i18n/index.js';
import type { ExamView, Submitted } from '../practice/drills/exam-flow.js';
import type { ExamSession } from '../practice/drills/state.js';
import type { ExamScore } from '../quiz/exam.js';
import { drillText } from './drill-messages.js';
import { domainName, taskText } from './drill-print.js';
import { columns } from './drill-text.js';
import { examText } from './exam-messages.js';

/** `09:30` in the local time zone. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** `1h42m`, `42m`, `35s`: time left, to the minute once there is more than one. */
export function timeLeft(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}h${m % 60}m` : `${m}m`;
}

/** The task list: `>` marks the task podlab kubectl is on. */
export function statusText(lang: Lang, view: ExamView): string {
  const t = examText(lang);
  const rows = view.exam.tasks.map((task, i) => [
    `${task.context === view.currentContext ? '>' : ' '} ${i + 1}`, task.context, String(task.weight),
    view.changed[i] ? t('workedOn') : t('notStarted'), task.flagged ? t('flagged') : '',
  ]);
  const header = t('tableHeader').split('\t');
  const lines = columns([[`  ${header[0]}`, ...header.slice(1)], ...rows]);
  const end = clockTime(view.exam.endsAt);
  return [...lines, '', t('timeLeft', { left: timeLeft(view.exam.endsAt - view.wallMs), end }), '', t('howTo')].join('\n') + '\n';
}

export function startedText(lang: Lang, exam: ExamSession, pass: number): string {
  const t = examText(lang);
  return `${t('started', { n: exam.tasks.length, minutes: exam.minutes, pass, end: clockTime(exam.endsAt) })}\n${t('contexts')}\n\n`;
}

export function taskShownText(lang: Lang, exam: ExamSession, n: number, drill: Drill): string {
  const t = examText(lang);
  const task = exam.tasks[n - 1];
  const header = t('taskHeader', { n, of: exam.tasks.length, points: task.weight, context: task.context });
  return `${taskText(lang, drill, header)}${t('switched', { context: task.context })}\n`;
}

/** The score per task and per domain against the pass line, then what each unsolved task lacked. */
export function resultText(lang: Lang, done: Submitted, score: ExamScore): string {
  const t = examText(lang);
  const dt = drillText(lang);
  const out: string[] = [done.isTimedOut ? t('timeUp', { end: clockTime(done.exam.endsAt) }) : t('submitted'), ''];
  const number = new Map(done.results.map((r, i) => [r, i + 1]));
  done.results.forEach((r, i) => {
    if (!r.drill) out.push(t('skippedTask', { n: i + 1, id: r.task.drill }));
  });
  const taskRows = score.tasks.map((s) => {
    const n = done.results.findIndex((r) => r.task.drill === s.id) + 1;
    return [String(n), s.id, domainName(dt, s.domain), `${s.earned}/${s.weight}`, `${s.percent}%`];
  });
  out.push(...columns([t('resultHeader').split('\t'), ...taskRows]), '', t('byDomain'));
  const domainRows = score.domains.map((d) => [`  ${domainName(dt, d.domain)}`, `${d.earned}/${d.possible}`, `${d.percent}%`]);
  const dh = t('domainHeader').split('\t');
  out.push(...columns([[`  ${dh[0]}`, ...dh.slice(1)], ...domainRows]), '');
  out.push(t(score.passed ? 'passed' : 'failed', { percent: score.percent, pass: score.passLine }));
  const missing = done.results.flatMap((r) => (r.grade && r.drill
    ? r.grade.checks.filter((c) => !c.passed).map((c) => t('missingLine', { n: number.get(r) ?? 0, id: r.task.drill, message: c.check.message[lang] }))
    : []));
  if (missing.length > 0) out.push('', t('missing'), ...missing);
  return out.join('\n') + '\n';
}
