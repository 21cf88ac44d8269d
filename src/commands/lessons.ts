import { EXIT, type CommandRun } from '../cli/context.js';
import { MODULE_TITLES } from '../content/index.js';
import { readDisk } from '../store/disk.js';
import { storePath } from '../store/location.js';
import { emptyData } from '../store/migrate.js';
import { loadLessonEntries } from './lesson-summaries.js';

/** `podlab lessons [--json]`: every lesson with its module, size and whether it is done. */
export const run: CommandRun = async (ctx) => {
  // Reading progress needs no lock and no conf: a file that cannot be read counts as no progress.
  const disk = readDisk(storePath(ctx.env));
  const { entries, errors } = await loadLessonEntries(ctx, disk.kind === 'ok' ? disk.data : emptyData());
  if (ctx.flags.json) {
    const list = entries.map(({ lesson, done }) => ({
      id: lesson.id,
      title: lesson.title[ctx.lang],
      module: lesson.module,
      syllabus: lesson.syllabus,
      pages: lesson.pages.length,
      minutes: lesson.minutes,
      done,
    }));
    ctx.io.out(JSON.stringify(list, null, 2) + '\n');
  } else {
    let module = '';
    for (const { lesson, done } of entries) {
      if (lesson.module !== module) {
        module = lesson.module;
        ctx.io.out(`\n${module}. ${MODULE_TITLES[lesson.module][ctx.lang]}\n`);
      }
      const mark = done ? '✓' : '·';
      ctx.io.out(`  ${mark} ${lesson.id.padEnd(28)} ${lesson.title[ctx.lang]} (${lesson.minutes} min)\n`);
    }
  }
  for (const e of errors) ctx.io.err(`${e.file}:${e.line}:${e.col}: ${e.message}\n`);
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
};
