// Reading the FILE arguments of `podlab sim` and `podlab explain`: `-` is standard input, other
// paths are relative to the working directory and printed as given.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { MAX_MANIFEST_BYTES, parseManifestText, type ManifestDoc, type ManifestProblem } from '../manifest/read.js';
import { packageRoot } from '../util/package-root.js';

export interface ReadInputs {
  readonly docs: ManifestDoc[];
  readonly problems: ManifestProblem[];
}

async function readOne(ctx: CommandContext, path: string): Promise<string | ManifestProblem> {
  const name = path === '-' ? '<stdin>' : path;
  const problem = (message: string): ManifestProblem => ({ file: name, line: 1, col: 1, message });
  try {
    const full = resolve(ctx.cwd, path);
    const info = await stat(full);
    if (info.isDirectory()) return problem(`cannot read ${name}: is a directory, not a file`);
    if (info.size > MAX_MANIFEST_BYTES) return problem(`the file is ${info.size} bytes; manifests over ${MAX_MANIFEST_BYTES} bytes are refused`);
    return await readFile(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(`cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Every document of every argument, and every problem reading or parsing them. */
export async function readInputs(ctx: CommandContext): Promise<ReadInputs> {
  const docs: ManifestDoc[] = [];
  const problems: ManifestProblem[] = [];
  let stdin: string | undefined;
  for (const path of ctx.positionals) {
    let text: string | ManifestProblem;
    if (path === '-') text = stdin ??= await ctx.io.readStdin();
    else text = await readOne(ctx, path);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const parsed = parseManifestText(path === '-' ? '<stdin>' : path, text);
    docs.push(...parsed.docs);
    problems.push(...parsed.problems);
  }
  return { docs, problems };
}

/** Problems as `FILE:LINE:COL: message`, ordered by argument, line and column. */
export function problemLines(problems: readonly ManifestProblem[], files: readonly string[]): string {
  const order = (f: string) => files.indexOf(f === '<stdin>' ? '-' : f);
  const sorted = [...problems].sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.col - b.col);
  return sorted.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}\n`).join('');
}

let version: string | undefined;

/** podlab's version, from its package.json. */
export function podlabVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
