import type { Lang } from '../i18n/index.js';
import { COMMANDS, type CommandSpec } from './commands.js';
import { cliText } from './messages.js';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** `podlab --help`: every command with its one-line summary, then the global flags. */
export function generalHelp(lang: Lang, version: string): string {
  const t = cliText(lang);
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 4;
  const lines = [
    `podlab ${version}`,
    '',
    `${t('usage')} podlab [COMMAND] [ARGS] [FLAGS]`,
    '',
    t('commands'),
    `  ${pad('podlab', width + 7)}${t('appLine')}`,
    ...COMMANDS.map((c) => `  podlab ${pad(c.name, width)}${c.summary[lang]}`),
    '',
    t('globalFlags'),
    `  ${pad('--lang en|ko', 18)}${t('flagLang')}`,
    `  ${pad('--no-color', 18)}${t('flagNoColor')}`,
    `  ${pad('--content DIR', 18)}${t('flagContent')}`,
    `  ${pad('--help, -h', 18)}${t('flagHelp')}`,
    `  ${pad('--version', 18)}${t('flagVersion')}`,
    '',
    t('envHome'),
    t('moreHelp'),
  ];
  return lines.join('\n') + '\n';
}

/** `podlab COMMAND --help`. */
export function commandHelp(lang: Lang, command: CommandSpec): string {
  const t = cliText(lang);
  return `${t('usage')} ${command.usage}\n\n${command.summary[lang]}\n\n${t('moreHelp')}\n`;
}
