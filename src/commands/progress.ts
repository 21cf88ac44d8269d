import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { EXIT, type CommandContext, type CommandRun } from '../cli/context.js';
import { code } from '../store/errno.js';
import { describeNotice, storeText } from '../store/messages.js';
import { emptyData, parseStoreText } from '../store/migrate.js';
import { summarize } from '../store/stats.js';
import { openStore, type ProgressStore, type StoreNotice } from '../store/store.js';
import { SCHEMA_VERSION } from '../store/types.js';
import { assertNever } from '../util/assert-never.js';
import { shippedContentDirs } from '../util/package-root.js';

/** What the command needs from outside; tests and the CLI may replace either. */
export interface ProgressDeps {
  /** How many lessons there are. Default: the shipped `lessons/*.yaml` files, counted unparsed. */
  readonly totalLessons?: () => number;
  readonly now?: () => Date;
}

/** `podlab progress [--json] | export [FILE] | import FILE | reset [--yes]`. */
export function makeRun(deps: ProgressDeps = {}): CommandRun {
  const now = deps.now ?? (() => new Date());
  const totalLessons = deps.totalLessons ?? countShippedLessons;
  return async (ctx) => {
    const [sub, ...rest] = ctx.positionals;
    const t = storeText(ctx.lang);
    const max = sub === 'export' || sub === 'import' ? 1 : 0;
    if (sub !== undefined && !['export', 'import', 'reset'].includes(sub)) {
      ctx.io.err(t('unknownSub', { sub }) + '\n');
      return EXIT.usage;
    }
    if (rest.length > max) {
      ctx.io.err(t('tooMany') + '\n');
      return EXIT.usage;
    }
    if (sub === 'import' && rest[0] === undefined) {
      ctx.io.err(t('importMissing') + '\n');
      return EXIT.usage;
    }
    if (sub === 'reset' && ctx.flags.yes !== true && !ctx.io.isInteractive) {
      ctx.io.err(t('resetNoTty') + '\n');
      return EXIT.usage;
    }
    if (sub === 'import') return importFrom(ctx, rest[0], now);
    const store = open(ctx, now);
    if (sub === undefined) return show(ctx, store, now(), totalLessons());
    if (sub === 'export') return exportTo(ctx, store, rest[0]);
    return reset(ctx, store);
  };
}

export const run: CommandRun = makeRun();

/** Opens the store; every notice, at open or later, is shown once on stderr. */
function open(ctx: CommandContext, now: () => Date): ProgressStore {
  const tell = (notice: StoreNotice) => ctx.io.err(describeNotice(notice, ctx.lang) + '\n');
  const { store, notice } = openStore({ env: ctx.env, now, onNotice: tell });
  if (notice) tell(notice);
  return store;
}

function show(ctx: CommandContext, store: ProgressStore, now: Date, total: number): number {
  const summary = summarize(store.snapshot(), now, total);
  if (ctx.flags.json === true) {
    ctx.io.out(JSON.stringify(summary, null, 2) + '\n');
    return EXIT.ok;
  }
  const t = storeText(ctx.lang);
  const { lessons, questions, exams, streakDays } = summary;
  const lines = [
    t('lessons', lessons),
    t('questions', { answered: questions.answered, correct: questions.correct }),
    t('due', { due: questions.due }),
    t('exams', { count: exams.length }),
    streakDays === 1 ? t('streakOne') : t('streak', { days: streakDays }),
    t(existsSync(store.path) ? 'file' : 'fileAbsent', { path: store.path }),
  ];
  ctx.io.out(lines.join('\n') + '\n');
  return EXIT.ok;
}

function exportTo(ctx: CommandContext, store: ProgressStore, file: string | undefined): number {
  // Note: a newer file is shown as empty in read-only mode; exporting that would mislead.
  if (store.readOnlyNotice?.kind === 'newer-schema') return EXIT.failed;
  const text = JSON.stringify(store.snapshot(), null, 2) + '\n';
  if (file === undefined || file === '-') {
    ctx.io.out(text);
    return EXIT.ok;
  }
  const t = storeText(ctx.lang);
  const target = resolve(ctx.cwd, file);
  try {
    // 'wx': never replace a file the user already has.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if (code(error) === 'EEXIST') {
      ctx.io.err(t('exportExists', { file }) + '\n');
      return EXIT.usage;
    }
    ctx.io.err(t('writeFailed', { file, detail: code(error) ?? String(error) }) + '\n');
    return ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(code(error) ?? '') ? EXIT.usage : EXIT.failed;
  }
  ctx.io.err(t('exportDone', { file: target }) + '\n');
  return EXIT.ok;
}

async function importFrom(ctx: CommandContext, file: string, now: () => Date): Promise<number> {
  const t = storeText(ctx.lang);
  let text: string;
  try {
    text = file === '-' ? await ctx.io.readStdin() : readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    ctx.io.err(t('readFailed', { file, detail: code(error) ?? String(error) }) + '\n');
    return EXIT.usage;
  }
  // Checked before the store is even opened, so a bad file cannot touch the current progress.
  const parsed = parseStoreText(text);
  if (!parsed.ok) {
    ctx.io.err(importProblem(ctx, file, parsed) + '\n');
    return EXIT.usage;
  }
  const store = open(ctx, now);
  const result = store.replaceAll(parsed.data);
  if (!result.ok) return refuse(ctx);
  ctx.io.err(t('importDone', { file }) + '\n');
  if (result.backupPath) ctx.io.err(t('backedUp', { backupPath: result.backupPath }) + '\n');
  return EXIT.ok;
}

function importProblem(ctx: CommandContext, file: string, parsed: Exclude<ReturnType<typeof parseStoreText>, { ok: true }>): string {
  const t = storeText(ctx.lang);
  switch (parsed.problem) {
    case 'empty':
      return t('importEmpty', { file });
    case 'bad-json':
      return t('importBadJson', { file, detail: parsed.message });
    case 'invalid':
      return t('importInvalid', { file, field: parsed.field, expected: t(`expected.${parsed.expected}`) });
    case 'newer':
      return t('importNewer', { file, version: parsed.version, known: SCHEMA_VERSION });
    default:
      return assertNever(parsed);
  }
}

async function reset(ctx: CommandContext, store: ProgressStore): Promise<number> {
  const t = storeText(ctx.lang);
  if (store.isReadOnly) return refuse(ctx);
  if (!existsSync(store.path)) {
    ctx.io.err(t('resetNothing') + '\n');
    return EXIT.ok;
  }
  if (ctx.flags.yes !== true) {
    ctx.io.out(t('resetPrompt'));
    const answer = (await readLine(ctx.io.stdin))?.normalize('NFC').trim().toLowerCase();
    if (!answer || !['y', 'yes', '예', '네', 'ㅇ'].includes(answer)) {
      ctx.io.err(t('notChanged') + '\n');
      return EXIT.failed;
    }
  }
  // Settings are preferences, not progress: the language stays as chosen.
  const result = store.replaceAll({ ...emptyData(), settings: store.snapshot().settings });
  if (!result.ok) return refuse(ctx);
  if (result.backupPath) ctx.io.err(t('backedUp', { backupPath: result.backupPath }) + '\n');
  ctx.io.err(t('resetDone') + '\n');
  return EXIT.ok;
}

/** The store is read-only; its notice has already been shown. */
function refuse(ctx: CommandContext): number {
  ctx.io.err(storeText(ctx.lang)('notChanged') + '\n');
  return EXIT.failed;
}

/** One line from `stream`, or undefined at end of input. */
function readLine(stream: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((done) => {
    const rl = createInterface({ input: stream, terminal: false });
    let line: string | undefined;
    rl.once('line', (text) => {
      line = text;
      rl.close();
    });
    rl.once('close', () => done(line));
  });
}

function countShippedLessons(): number {
  try {
    return readdirSync(shippedContentDirs().lessons).filter((name) => name.endsWith('.yaml')).length;
  } catch {
    return 0;
  }
}
