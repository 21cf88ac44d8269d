import { assertNever } from '../util/assert-never.js';
import type { Lang } from '../i18n/index.js';
import { cliText } from './messages.js';
import type { RouteProblem } from './route.js';

/** The message for a usage error: what went wrong, a likely fix, and where to read more. */
export function describeProblem(problem: RouteProblem, lang: Lang): string {
  const t = cliText(lang);
  const hint = (suggestion?: string) => (suggestion ? t('didYouMean', { suggestion }) + ' ' : '');
  switch (problem.type) {
    case 'unknown-command':
      return `${t('unknownCommand', { name: problem.name })}\n${hint(problem.suggestion && `'podlab ${problem.suggestion}'`)}${t('seeHelp', { help: 'podlab --help' })}`;
    case 'unknown-flag':
      return `${t('unknownFlag', { cmd: problem.cmd, flag: problem.flag })}\n${hint(problem.suggestion)}${t('seeHelp', { help: helpFor(problem.cmd) })}`;
    case 'missing-value':
      return `${t('missingValue', { cmd: problem.cmd, flag: problem.flag })}\n${t('seeHelp', { help: helpFor(problem.cmd) })}`;
    case 'missing-args':
      return t('missingArgs', { cmd: problem.command.name, usage: problem.command.usage });
    case 'too-many-args':
      return t('tooManyArgs', { cmd: problem.command.name, arg: problem.arg, usage: problem.command.usage });
    case 'bad-lang':
      return t('badLang', { value: problem.value });
    default:
      return assertNever(problem);
  }
}

const helpFor = (cmd: string) => (cmd === 'app' ? 'podlab --help' : `podlab ${cmd} --help`);
