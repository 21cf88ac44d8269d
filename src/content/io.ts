/**
 * The only file of the loader that touches the file system: finds content files and reads them,
 * refusing oversized files before reading them. Problems come back as values, never thrown.
 */
import { access, open, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { shippedContentDirs } from '../util/package-root.js';

/** Content files larger than this are refused unread. */
export const MAX_CONTENT_BYTES = 10 * 1024 * 1024;

/**
 * Where content lives. `lessons` holds lesson files; `quizzes` holds question and drill files,
 * searched recursively; `root` holds files of any kind directly (a pack). A missing `lessons`
 * or `quizzes` folder is simply empty; a missing `root` is an error.
 */
export interface ContentSource {
  readonly root?: string;
  readonly lessons?: string;
  readonly quizzes?: string;
}

export type IoProblem = 'unreadable' | 'too-large' | 'not-utf8' | 'folder-missing';

/** A file's text, or why it could not be had. `detail` is the system's reason or the size in MB. */
export type RawFile =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly problem: IoProblem; readonly detail?: string };

/** The content shipped with podlab. */
export function shippedSource(): ContentSource {
  return shippedContentDirs();
}

/** A `--content DIR` pack: `lessons/`, `quizzes/` and YAML files directly in DIR. */
export function packSource(dir: string): ContentSource {
  const root = resolve(dir);
  return { root, lessons: join(root, 'lessons'), quizzes: join(root, 'quizzes') };
}

/** The shipped content, then each `--content` pack (relative paths resolve against `cwd`). */
export function defaultSources(contentDirs: readonly string[], cwd: string): ContentSource[] {
  return [shippedSource(), ...contentDirs.map((dir) => packSource(resolve(cwd, dir)))];
}

/** Every content file of a source, sorted, plus problems with its folders. */
export async function listSource(source: ContentSource): Promise<{ files: string[]; problems: RawFile[] }> {
  const files: string[] = [];
  const problems: RawFile[] = [];
  const scan = async (dir: string | undefined, isRecursive: boolean, isRequired: boolean) => {
    if (dir === undefined) return;
    const problem = await collect(resolve(dir), isRecursive, isRequired, files);
    if (problem) problems.push(problem);
  };
  await scan(source.root, false, true);
  await scan(source.lessons, false, false);
  await scan(source.quizzes, true, false);
  return { files, problems };
}

const isYamlName = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');

async function collect(dir: string, isRecursive: boolean, isRequired: boolean, into: string[]): Promise<RawFile | undefined> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return isRequired ? { file: dir, problem: 'folder-missing' } : undefined;
    return { file: dir, problem: 'unreadable', detail: systemReason(e) };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (isRecursive && !entry.name.startsWith('.')) {
        const problem = await collect(path, true, false, into);
        if (problem) return problem;
      }
    } else if (isYamlName(entry.name)) {
      into.push(path);
    }
  }
  return undefined;
}

/** Reads one file: size first (from the open handle, so it cannot change under us), then text. */
export async function readRaw(path: string): Promise<RawFile> {
  const file = resolve(path);
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return { file, problem: 'unreadable', detail: 'not a regular file' };
    if (info.size > MAX_CONTENT_BYTES) return { file, problem: 'too-large', detail: megabytes(info.size) };
    const bytes = await handle.readFile();
    if (bytes.length > MAX_CONTENT_BYTES) return { file, problem: 'too-large', detail: megabytes(bytes.length) };
    try {
      return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { file, problem: 'not-utf8' };
    }
  } catch (e) {
    return { file, problem: 'unreadable', detail: systemReason(e) };
  } finally {
    await handle?.close();
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** "ENOENT: no such file or directory", without the path node appends. */
function systemReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split(', ')[0];
}

/**
 * The file of lesson `id` (lesson ids are their file names), so one lesson opens without parsing
 * the others. The first source that has it wins, as in loadContent.
 */
export async function findLessonFile(sources: readonly ContentSource[], id: string): Promise<string | undefined> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  for (const source of sources) {
    for (const dir of [source.lessons, source.root]) {
      for (const ext of ['.yaml', '.yml']) {
        if (dir === undefined) continue;
        const path = join(resolve(dir), id + ext);
        if (await access(path).then(() => true, () => false)) return path;
      }
    }
  }
  return undefined;
}
