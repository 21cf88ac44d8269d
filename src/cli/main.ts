import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveLang, type Lang } from '../i18n/index.js';
import { readSavedLang } from '../store/saved-lang.js';
import { packageRoot } from '../util/package-root.js';
import { EXIT, type CommandContext, type CommandIO } from './context.js';
import { commandHelp, generalHelp } from './help.js';
import { cliText } from './messages.js';
import { describeProblem } from './problem.js';
import { route } from './route.js';

/** argv → exit code. Loads only what the chosen command needs. */
export async function run(argv: readonly string[], env = process.env): Promise<number> {
  const decision = route(argv);
  if (decision.kind === 'version') {
    process.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const flags = decision.flags;
  const isColor = !flags['no-color'] && !env.NO_COLOR;
  // Note: chalk ignores NO_COLOR, so map it to FORCE_COLOR before anything imports ink.
  if (!isColor) env.FORCE_COLOR = '0';
  const lang = resolveLang(flags.lang as string | undefined, readSavedLang(env), env);

  if (decision.kind === 'error') {
    process.stderr.write(describeProblem(decision.problem, lang) + '\n');
    return EXIT.usage;
  }
  if (decision.kind === 'help') {
    process.stdout.write(decision.command ? commandHelp(lang, decision.command) : generalHelp(lang, version()));
    return EXIT.ok;
  }
  const ctx: CommandContext = {
    name: decision.command?.name ?? 'app',
    positionals: decision.positionals,
    flags,
    lang,
    isColor,
    env,
    cwd: process.cwd(),
    contentDirs: (flags.content as string[] | undefined) ?? [],
    io: processIO(),
  };
  try {
    const module = decision.command ? await decision.command.load() : await import('../commands/app.js');
    return await module.run(ctx);
  } catch (error) {
    return reportCrash(error, lang, env);
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function processIO(): CommandIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdin: process.stdin,
    isInteractive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}

function reportCrash(error: unknown, lang: Lang, env: NodeJS.ProcessEnv): number {
  const t = cliText(lang);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(t('internalError', { message }) + '\n');
  if (env.PODLAB_DEBUG === '1' && error instanceof Error) process.stderr.write((error.stack ?? '') + '\n');
  else process.stderr.write(t('debugHint') + '\n');
  return EXIT.failed;
}
