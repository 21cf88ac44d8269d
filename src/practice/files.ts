// The files `kubectl apply -f`, `create -f`, `--from-file` read from the user's disk, with
// kubectl's wording when a path cannot be used. Synchronous because the kubectl layer is; the YAML
// parser is loaded beforehand (it is not needed by commands without files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { ExecEnv, ManifestRead } from '../sim/kubectl/index.js';

/** YAML/JSON text → documents, or the first problem with its line (src/manifest/read.ts). */
export type ParseManifest = (file: string, text: string) => {
  readonly docs: readonly { readonly value: unknown }[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
};

/** Where relative paths start, and what was read or loaded before the command ran. */
export interface FileAccess {
  readonly cwd: string;
  /** Standard input, read before the command runs when a path is `-`. */
  readonly stdin?: string;
  readonly parse?: ParseManifest;
}

// Note: kubectl's resource builder (k8s.io/cli-runtime pkg/resource/visitor.go) only picks these
// from a directory; a file named on its own is read whatever its name.
const EXTENSIONS = ['.json', '.yaml', '.yml'];
const MAX_BYTES = 10 * 1024 * 1024;

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** Text → documents, or kubectl's words for the first syntax error (without the file's name). */
export function parseDocuments(access: FileAccess, text: string, name = 'STDIN'): { readonly documents: readonly unknown[] } | { readonly error: string } {
  if (!access.parse) return { error: 'no YAML parser loaded' };
  const { docs, problems } = access.parse(name, text);
  const problem = problems[0];
  if (problem) return { error: `error converting YAML to JSON: yaml: line ${problem.line}: ${problem.message}` };
  return { documents: docs.map((d) => d.value) };
}

function parseText(access: FileAccess, name: string, text: string): ManifestRead {
  const parsed = parseDocuments(access, text, name);
  return 'error' in parsed ? { ok: false, error: `error parsing ${name}: ${parsed.error}` } : { ok: true, documents: parsed.documents };
}

function readOne(access: FileAccess, path: string, full: string): ManifestRead {
  try {
    if (statSync(full).size > MAX_BYTES) return { ok: false, error: `error reading ${path}: file too large` };
    return parseText(access, path, readFileSync(full, 'utf8'));
  } catch (error) {
    return { ok: false, error: errnoOf(error) === 'EACCES' ? `open ${path}: permission denied` : `error reading ${path}: ${(error as Error).message}` };
  }
}

/** Reads `path` (a file, a directory of manifests, `-` for standard input) into documents. */
export function readManifests(access: FileAccess, path: string): ManifestRead {
  if (path === '-') return access.stdin === undefined ? { ok: false, error: 'no objects passed to apply' } : parseText(access, 'STDIN', access.stdin);
  const url = /^https?:\/\/([^/:]+)/.exec(path);
  // podlab works offline: answer as kubectl does when the host cannot be reached.
  if (url) return { ok: false, error: `Get "${path}": dial tcp: lookup ${url[1]}: no such host` };
  const full = resolve(access.cwd, path);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(full).isDirectory();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return { ok: false, error: `the path "${path}" does not exist` };
    return { ok: false, error: `error reading ${path}: ${(error as Error).message}` };
  }
  if (!isDirectory) return readOne(access, path, full);
  const names = readdirSync(full).filter((n) => EXTENSIONS.includes(extname(n)) && statSync(join(full, n)).isFile()).sort();
  if (names.length === 0) return { ok: false, error: `error reading [${path}]: recognized file extensions are [${EXTENSIONS.join(' ')}]` };
  const documents: unknown[] = [];
  for (const name of names) {
    const one = readOne(access, join(path, name), join(full, name));
    if (!one.ok) return one;
    documents.push(...one.documents);
  }
  return { ok: true, documents };
}

/** Reads a plain file for `create configmap|secret --from-file` and `--from-env-file`. */
export function readPlainFile(access: FileAccess, path: string): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string } {
  try {
    return { ok: true, text: readFileSync(resolve(access.cwd, path), 'utf8') };
  } catch (error) {
    const why = errnoOf(error) === 'ENOENT' ? 'no such file or directory' : errnoOf(error) === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { ok: false, error: `error reading ${path}: ${why}` };
  }
}

/** The file side of kubectl's ExecEnv. */
export function fileEnv(access: FileAccess): Pick<ExecEnv, 'readManifests' | 'readFile'> {
  return { readManifests: (path) => readManifests(access, path), readFile: (path) => readPlainFile(access, path) };
}
