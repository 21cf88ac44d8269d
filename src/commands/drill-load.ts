// What `podlab drill` and `podlab exam` both need from outside: the drills of the content, the
// progress store, and the learner's files (for checks on a file the task asks to write).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { defaultSources, loadFromFiles, readRaw, type Drill, type RawFile } from '../content/index.js';
import { listSource } from '../content/io.js';
import type { ReadText } from '../practice/drills/grade.js';
import { describeNotice } from '../store/messages.js';
import type { StoreNotice } from '../store/notice.js';
import { openStore, type ProgressStore } from '../store/store.js';
import { drillText } from './drill-messages.js';

/** A file of drills says so at its top level; the other content files are not parsed at all. */
const DRILLS_FILE = /^kind:[ \t]*drills[ \t]*(#.*)?$/m;

/**
 * Every drill of the shipped content and the `--content` packs; problems are counted on stderr.
 * Only files of drills are decoded: parsing every lesson and question would take most of a
 * second on each call, and `podlab validate` checks the rest.
 */
export async function loadDrills(ctx: CommandContext): Promise<readonly Drill[]> {
  const files: RawFile[] = [];
  for (const source of defaultSources(ctx.contentDirs, ctx.cwd)) {
    for (const path of (await listSource(source)).files) {
      const raw = await readRaw(path);
      if ('text' in raw && DRILLS_FILE.test(raw.text)) files.push(raw);
    }
  }
  const content = loadFromFiles(files, { lang: ctx.lang });
  if (content.errors.length > 0) ctx.io.err(drillText(ctx.lang)('contentProblems', { n: content.errors.length }) + '\n');
  return content.drills;
}

/** Opens the progress store; every notice, at open or later, is shown once on stderr. */
export function openProgress(ctx: CommandContext, now: () => Date): ProgressStore {
  const tell = (notice: StoreNotice) => ctx.io.err(describeNotice(notice, ctx.lang) + '\n');
  const { store, notice } = openStore({ env: ctx.env, now, onNotice: tell });
  if (notice) tell(notice);
  return store;
}

/** Reads a file the learner wrote, relative to the working directory; undefined when unreadable. */
export function fileReader(cwd: string): ReadText {
  return (path) => {
    try {
      return readFileSync(resolve(cwd, path), 'utf8');
    } catch {
      return undefined;
    }
  };
}
