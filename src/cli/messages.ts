import { translator, type Messages } from '../i18n/index.js';

type Key =
  | 'usage' | 'commands' | 'globalFlags' | 'appLine' | 'moreHelp' | 'unknownCommand' | 'unknownFlag'
  | 'missingValue' | 'didYouMean' | 'seeHelp' | 'missingArgs' | 'tooManyArgs' | 'badLang'
  | 'internalError' | 'debugHint' | 'noTty' | 'flagLang' | 'flagNoColor'
  | 'flagContent' | 'flagHelp' | 'flagVersion' | 'envHome' | 'contentProblems' | 'noSuchLesson';

const table: Messages<Key> = {
  en: {
    usage: 'Usage:',
    commands: 'Commands:',
    globalFlags: 'Global flags:',
    appLine: 'open the app (lessons, lab, quiz, progress)',
    moreHelp: "Run 'podlab COMMAND --help' for one command's flags.",
    unknownCommand: "podlab: unknown command '{name}'.",
    unknownFlag: "podlab {cmd}: unknown flag: {flag}",
    missingValue: 'podlab {cmd}: flag needs a value: {flag}',
    didYouMean: 'Did you mean {suggestion}?',
    seeHelp: "Run '{help}' to see what it accepts.",
    missingArgs: 'podlab {cmd}: missing argument. Usage: {usage}',
    tooManyArgs: "podlab {cmd}: unexpected argument '{arg}'. Usage: {usage}",
    badLang: "podlab: --lang takes 'en' or 'ko', not '{value}'.",
    internalError: 'podlab: internal error: {message}',
    debugHint: 'This is a bug in podlab. Set PODLAB_DEBUG=1 to see the stack trace.',
    noTty: "podlab needs an interactive terminal to open the app, and this is not one.\nThese commands work without one:\n{commands}\nRun 'podlab --help' for all of them.",
    flagLang: 'language: en or ko (default: your saved setting, then LANG/LC_ALL)',
    flagNoColor: 'no colours (NO_COLOR works too)',
    flagContent: 'add a content pack folder (repeatable)',
    flagHelp: 'show help',
    flagVersion: 'print the version',
    envHome: 'PODLAB_HOME=DIR keeps your progress in DIR instead of the usual config folder.',
    contentProblems: "{n} problem(s) in the lesson content; some items may be missing. Run 'podlab validate' for details.",
    noSuchLesson: "podlab lesson: there is no lesson '{id}'. Run 'podlab lessons' to see them all.",
  },
  ko: {
    usage: '사용법:',
    commands: '명령:',
    globalFlags: '공통 플래그:',
    appLine: '앱 열기 (레슨, 실습, 퀴즈, 진행 상황)',
    moreHelp: "명령별 플래그는 'podlab 명령 --help'로 확인하세요.",
    unknownCommand: "podlab: '{name}'이라는 명령은 없습니다.",
    unknownFlag: 'podlab {cmd}: 알 수 없는 플래그: {flag}',
    missingValue: 'podlab {cmd}: 값이 필요한 플래그입니다: {flag}',
    didYouMean: '혹시 {suggestion}을(를) 입력하려던 건가요?',
    seeHelp: "'{help}'로 쓸 수 있는 값을 확인하세요.",
    missingArgs: 'podlab {cmd}: 인자가 빠졌습니다. 사용법: {usage}',
    tooManyArgs: "podlab {cmd}: 예상하지 못한 인자 '{arg}'. 사용법: {usage}",
    badLang: "podlab: --lang 값은 'en' 또는 'ko'여야 합니다. 받은 값: '{value}'",
    internalError: 'podlab: 내부 오류: {message}',
    debugHint: 'podlab의 버그입니다. PODLAB_DEBUG=1을 설정하면 스택 트레이스를 볼 수 있습니다.',
    noTty: "podlab 앱은 대화형 터미널에서만 열 수 있는데, 지금은 터미널이 아닙니다.\n터미널 없이도 되는 명령:\n{commands}\n전체 목록은 'podlab --help'로 볼 수 있습니다.",
    flagLang: '언어: en 또는 ko (기본값: 저장된 설정, 없으면 LANG/LC_ALL)',
    flagNoColor: '색 끄기 (NO_COLOR도 됩니다)',
    flagContent: '콘텐츠 팩 폴더 추가 (여러 번 가능)',
    flagHelp: '도움말 보기',
    flagVersion: '버전 보기',
    envHome: 'PODLAB_HOME=DIR 을 설정하면 진행 상황을 기본 설정 폴더 대신 DIR에 저장합니다.',
    contentProblems: "레슨 콘텐츠에 문제가 {n}개 있어 일부 항목이 빠졌을 수 있습니다. 자세한 내용은 'podlab validate'로 확인하세요.",
    noSuchLesson: "podlab lesson: '{id}'라는 레슨은 없습니다. 'podlab lessons'로 전체 목록을 볼 수 있습니다.",
  },
};

export const cliText = translator(table);
