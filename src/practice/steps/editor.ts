// A fix step's manifest in the learner's own editor: written to a file of its own in a fresh
// temporary folder, the editor run on it with the terminal handed over, and the file read back
// once the editor exits. The app leaves its screen before calling this and comes back after.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** A manifest to edit, and the file name it gets (`web.yaml`). */
export interface StepEditRequest {
  readonly text: string;
  readonly fileName: string;
}

/** The text as saved, or why the edit did not finish (an exit status, or why it never started). */
export type StepEditOutcome =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'failed'; readonly detail: string };

/** Runs a shell command line with the terminal inherited and waits for it. */
export type RunCommand = (commandLine: string, env: Env) => Pick<SpawnSyncReturns<Buffer>, 'status' | 'signal' | 'error'>;

/** The editor as git and most tools pick it: `VISUAL`, then `EDITOR`, then vi. */
export function stepEditorCommand(env: Env): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;

/**
 * Note: the command runs through the shell, as git runs `$EDITOR`, so `code --wait` or
 * `sed -i s/a/b/` work; it blocks the event loop, so nothing else reads the terminal meanwhile.
 */
const runInShell: RunCommand = (commandLine, env) =>
  spawnSync(commandLine, { shell: true, stdio: 'inherit', env: { ...env } as NodeJS.ProcessEnv });

/** Signals the terminal sends the whole foreground group; the editor alone should act on them. */
const HANDED_OVER: readonly NodeJS.Signals[] = ['SIGINT', 'SIGQUIT'];

/** Opens `request.text` in the editor and returns what was saved. Synchronous: see RunCommand. */
export function editInEditor(request: StepEditRequest, env: Env, run: RunCommand = runInShell): StepEditOutcome {
  const editor = stepEditorCommand(env);
  const dir = mkdtempSync(join(tmpdir(), 'podlab-step-'));
  const path = join(dir, basename(request.fileName) || 'manifest.yaml');
  // A listener of our own keeps Ctrl+C in a cooked-mode editor from ending podlab behind it.
  const ignore = () => undefined;
  for (const signal of HANDED_OVER) process.on(signal, ignore);
  try {
    writeFileSync(path, request.text);
    const result = run(`${editor} ${quote(path)}`, env);
    if (result.error) return { kind: 'failed', detail: `${editor}: ${result.error.message}` };
    if (result.signal) return { kind: 'failed', detail: `${editor}: ${result.signal}` };
    // Note: 127 is the shell's own status for a command it cannot find.
    if (result.status === 127) return { kind: 'failed', detail: `${editor}: command not found` };
    if (result.status !== 0) return { kind: 'failed', detail: `${editor}: exit status ${result.status ?? '?'}` };
    return { kind: 'saved', text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    for (const signal of HANDED_OVER) process.off(signal, ignore);
    rmSync(dir, { recursive: true, force: true });
  }
}
