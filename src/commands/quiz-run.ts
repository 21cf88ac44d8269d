import type { CommandContext } from '../cli/context.js';
import { defaultSources, loadContent, type Question } from '../content/index.js';
import { canGrade, summarizeSession, type SessionItem } from '../quiz/index.js';
import { describeNotice } from '../store/messages.js';
import { openStore, type ProgressStore, type StoreNotice } from '../store/store.js';
import { quizJudges } from './quiz-judges.js';
import { lineSource } from './quiz-lines.js';
import { quizText } from './quiz-messages.js';
import { runPlain } from './quiz-plain.js';
import { summaryLines } from './quiz-report.js';
import { saveAnswer } from './quiz-save.js';

/** The shipped questions and the --content packs, only those this build can grade. */
export async function loadQuestions(ctx: CommandContext): Promise<Question[]> {
  const content = await loadContent(defaultSources(ctx.contentDirs, ctx.cwd), { lang: ctx.lang });
  if (content.errors.length > 0) ctx.io.err(quizText(ctx.lang)('contentProblems', { n: content.errors.length }) + '\n');
  const judges = quizJudges(ctx.lang);
  return content.questions.filter((q) => canGrade(q, judges));
}

/** Opens the store; every notice, at open or later, is shown once on stderr. */
export function openProgress(ctx: CommandContext, now: () => Date): ProgressStore {
  const tell = (notice: StoreNotice) => ctx.io.err(describeNotice(notice, ctx.lang) + '\n');
  const { store, notice } = openStore({ env: ctx.env, now, onNotice: tell });
  if (notice) tell(notice);
  return store;
}

/** `2025-01-02 09:30` in the local time zone: when the next review is due. */
export function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Runs a drawn session line by line, saving each answer the moment it is graded, then prints
 * the summary. Input ends the session early at `q` or at the end of input.
 */
export async function runLineSession(
  ctx: CommandContext, store: ProgressStore, items: readonly SessionItem<Question>[], now: () => Date,
): Promise<void> {
  const t = quizText(ctx.lang);
  const lines = lineSource(ctx.io.stdin);
  try {
    const state = await runPlain({
      t,
      lang: ctx.lang,
      out: ctx.io.out,
      lines,
      isEchoed: (ctx.io.stdin as { isTTY?: boolean }).isTTY === true,
      items,
      judges: quizJudges(ctx.lang),
      save: (question, answer, grade) => saveAnswer(store, question.id, answer, grade, now()),
    });
    const summary = summarizeSession(state);
    const footer = summary.answered === 0 ? [] : [store.isReadOnly ? t('notSaved') : t('savedTo', { path: store.path })];
    ctx.io.out([...summaryLines(t, state, summary), ...footer].join('\n') + '\n');
  } finally {
    lines.close();
  }
}
