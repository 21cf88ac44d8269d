/** `podlab validate [DIR] [--json]`: check lesson, quiz, drill and lab content. */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { EXIT, type CommandContext, type CommandRun } from '../cli/context.js';
import { CONTENT_CHECKERS } from '../content/checkers.js';
import { defaultSources, packSource, type ContentSource } from '../content/io.js';
import { loadContent } from '../content/load.js';
import { contentText, type ContentMessageKey, type ContentTranslate } from '../content/messages.js';
import { validateContent, type ValidationReport } from '../content/validate.js';

export const run: CommandRun = async (ctx) => {
  const t = contentText(ctx.lang);
  const dir = ctx.positionals[0];
  let sources = defaultSources(ctx.contentDirs, ctx.cwd);
  let context: ContentSource[] = [];
  if (dir !== undefined) {
    const problem = await dirProblem(resolve(ctx.cwd, dir));
    if (problem) {
      ctx.io.err(t(problem, { dir }) + '\n');
      return EXIT.usage;
    }
    // A pack is checked against the shipped content: its questions may name shipped lessons,
    // and its ids must not collide with them.
    context = sources;
    sources = [packSource(resolve(ctx.cwd, dir))];
  }
  const content = await loadContent(sources, { lang: ctx.lang, context });
  const { report, errors } = validateContent(content, {
    checkers: CONTENT_CHECKERS,
    lang: ctx.lang,
    displayPath: (file) => displayPath(ctx, file),
  });
  if (ctx.flags.json === true) {
    ctx.io.out(JSON.stringify(report, null, 2) + '\n');
  } else {
    for (const e of errors) {
      ctx.io.out(`${e.file}:${e.line}:${e.col}: ${e.message}\n` + (e.hint ? `  ${e.hint}\n` : ''));
    }
    ctx.io.out(summary(t, report) + '\n');
  }
  return report.errors.length === 0 ? EXIT.ok : EXIT.failed;
};

async function dirProblem(path: string): Promise<ContentMessageKey | undefined> {
  try {
    return (await stat(path)).isDirectory() ? undefined : 'cmdNotDir';
  } catch {
    return 'cmdNoDir';
  }
}

/** Relative to the working directory when under it, else absolute. */
function displayPath(ctx: CommandContext, file: string): string {
  const rel = relative(ctx.cwd, file);
  const isOutside = rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
  return rel !== '' && !isOutside ? rel : file;
}

/** `12 lessons, 250 questions, 3 drills, 2 labs, 0 errors`. */
function summary(t: ContentTranslate, report: ValidationReport): string {
  const count = (n: number, one: ContentMessageKey, many: ContentMessageKey) => t(n === 1 ? one : many, { n });
  const parts = [
    count(report.lessons, 'countLesson', 'countLessons'),
    count(report.questions, 'countQuestion', 'countQuestions'),
    count(report.drills, 'countDrill', 'countDrills'),
    count(report.labs, 'countLab', 'countLabs'),
  ];
  if (report.missingTranslations > 0) parts.push(count(report.missingTranslations, 'countMissing', 'countMissings'));
  parts.push(count(report.errors.length, 'countError', 'countErrors'));
  return parts.join(', ');
}
