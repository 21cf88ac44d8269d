// `kubectl edit` from the user's shell: the object goes into a temporary file, the user's editor
// opens it, and what they save comes back. Like kubectl, a file with a syntax error is reopened
// with the error on top, and a copy of failed changes is kept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** The editor command line: `KUBE_EDITOR`, then `EDITOR`, then vi (notepad on Windows), as kubectl picks it. */
export function editorCommand(env: Env, platform: NodeJS.Platform = process.platform): string {
  return env.KUBE_EDITOR?.trim() || env.EDITOR?.trim() || (platform === 'win32' ? 'notepad' : 'vi');
}

const quote = (path: string, platform: NodeJS.Platform) =>
  platform === 'win32' ? `"${path}"` : `'${path.replace(/'/g, "'\\''")}'`;

/** A file being edited: where it is, and how to open the editor on it. */
export interface EditFile {
  readonly path: string;
  /** Runs the editor on the file and waits; the error when it could not run or failed. */
  open(text: string): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
  /** Removes the file (not done when a copy of failed changes is kept). */
  remove(): void;
}

/** A temporary file named like kubectl's (`kubectl-edit-*.yaml`) and the user's editor on it. */
export function editFile(extension: string, env: Env, platform: NodeJS.Platform = process.platform): EditFile {
  const dir = mkdtempSync(join(tmpdir(), 'kubectl-edit-'));
  const path = join(dir, `kubectl-edit.${extension}`);
  const editor = editorCommand(env, platform);
  return {
    path,
    open(text) {
      writeFileSync(path, text);
      // Note: kubectl runs an editor with arguments through the shell too (kubectl/pkg/cmd/util/editor).
      const r = spawnSync(`${editor} ${quote(path, platform)}`, { shell: true, stdio: 'inherit', env: { ...env } as NodeJS.ProcessEnv });
      if (r.error) return { ok: false, error: `there was a problem with the editor "${editor}": ${r.error.message}` };
      if (r.status !== 0) return { ok: false, error: `there was a problem with the editor "${editor}"` };
      return { ok: true, text: readFileSync(path, 'utf8') };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The edited text with the lines kubectl adds on a reopen taken off again. */
export function withErrorOnTop(text: string, error: string): string {
  const body = text.replace(/^(# The edited file had a syntax error:.*\n(#.*\n)*?#\n)/, '');
  return `# The edited file had a syntax error: ${error}\n#\n${body}`;
}

/** What editing gave: documents to save, or kubectl's error; `file` is still on disk. */
export type Edited =
  | { readonly ok: true; readonly documents: readonly unknown[]; readonly file: EditFile }
  | { readonly ok: false; readonly stderr: string };

type Parse = (text: string) => { readonly documents: readonly unknown[] } | { readonly error: string };

/** Enough reopenings for any person; an editor command that changes the file every time stops here. */
const MAX_OPENS = 10;

/** Opens `text` in the editor until it parses (or the user gives up by saving it unchanged). */
export function editText(text: string, file: EditFile, parse: Parse): Edited {
  let shown = text;
  for (let opens = 0; opens < MAX_OPENS; opens++) {
    const r = file.open(shown);
    if (!r.ok) {
      file.remove();
      return { ok: false, stderr: `error: ${r.error}\n` };
    }
    if (opens > 0 && r.text === shown) break;
    const parsed = parse(r.text);
    if ('documents' in parsed) return { ok: true, documents: parsed.documents, file };
    shown = withErrorOnTop(r.text, parsed.error);
  }
  return { ok: false, stderr: keptCopy(file.path) + CANCELLED };
}

/** kubectl's line when it keeps the file of an edit that could not be saved. */
export const keptCopy = (path: string): string => `A copy of your changes has been stored to "${path}"\n`;

const CANCELLED = 'error: Edit cancelled, no valid changes were saved.\n';

/**
 * The stderr of a refused save with the kept copy named where kubectl names it: just before its
 * last line (kubectl/pkg/cmd/util/editor/editoptions.go).
 */
export function withKeptCopy(stderr: string, path: string): string {
  return stderr.endsWith(CANCELLED) ? stderr.slice(0, -CANCELLED.length) + keptCopy(path) + CANCELLED : stderr;
}
