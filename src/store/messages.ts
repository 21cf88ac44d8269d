import { translator, type Lang, type Messages } from '../i18n/index.js';
import { assertNever } from '../util/assert-never.js';
import type { StoreNotice } from './notice.js';
import { SCHEMA_VERSION } from './types.js';
import type { Expected } from './validate.js';

/** Learner-facing text of the store and of `podlab progress`. */

type Key =
  | 'movedAside' | 'reason.bad-json' | 'reason.empty' | 'reason.wrong-shape' | 'reason.unreadable'
  | 'newerSchema' | 'unwritable'
  | 'lessons' | 'questions' | 'due' | 'exams' | 'streakOne' | 'streak' | 'file' | 'fileAbsent'
  | 'exportExists' | 'exportDone' | 'writeFailed' | 'readFailed'
  | 'importMissing' | 'importEmpty' | 'importBadJson' | 'importInvalid' | 'importNewer' | 'importDone'
  | 'backedUp' | 'notChanged'
  | 'resetPrompt' | 'resetNoTty' | 'resetDone' | 'resetNothing'
  | 'unknownSub' | 'tooMany'
  | `expected.${Expected}`;

const USAGE = 'podlab progress [--json] | progress export [FILE] | progress import FILE | progress reset [--yes]';

export const STORE_MESSAGES: Messages<Key> = {
  en: {
    movedAside: 'Your progress file could not be used ({reason}), so podlab started fresh. The old file is kept at {backupPath}',
    'reason.bad-json': 'it is not valid JSON',
    'reason.empty': 'it is empty',
    'reason.wrong-shape': 'its contents are not in the expected shape',
    'reason.unreadable': 'it could not be opened',
    newerSchema: 'Your progress file {path} was written by a newer podlab (format {version}; this one knows up to {known}). podlab leaves it as it is, so progress from this run is not saved. Update podlab to keep saving.',
    unwritable: 'podlab cannot save progress to {path} ({detail}). Progress from this run is not saved.',
    lessons: 'Lessons: {done} of {total} done',
    questions: 'Questions: {answered} answered, {correct} right on the last try',
    due: 'Reviews due now: {due}',
    exams: 'Mock exams taken: {count}',
    streakOne: 'Streak: 1 day',
    streak: 'Streak: {days} days',
    file: 'Progress file: {path}',
    fileAbsent: 'Progress file: {path} (not created yet)',
    exportExists: '{file} already exists. podlab does not overwrite files: choose another name or remove it first.',
    exportDone: 'Progress exported to {file}',
    writeFailed: 'Could not write {file}: {detail}',
    readFailed: 'Could not read {file}: {detail}',
    importMissing: `Which file? Usage: ${USAGE}`,
    importEmpty: '{file} is empty. Nothing was changed.',
    importBadJson: '{file} is not valid JSON: {detail}. Nothing was changed.',
    importInvalid: '{file}: {field}: expected {expected}. Nothing was changed.',
    importNewer: '{file} was written by a newer podlab (format {version}; this one knows up to {known}). Update podlab to import it. Nothing was changed.',
    importDone: 'Progress imported from {file}',
    backedUp: 'Your previous progress was saved to {backupPath}',
    notChanged: 'Nothing was changed.',
    resetPrompt: 'Reset all progress? This cannot be undone. [y/N] ',
    resetNoTty: 'Resetting asks for confirmation, and there is no terminal to ask in. To reset anyway: podlab progress reset --yes',
    resetDone: 'Progress reset. Settings such as the language were kept.',
    resetNothing: 'There is no saved progress to reset.',
    unknownSub: `Unknown progress command "{sub}". Use one of: ${USAGE}`,
    tooMany: `Too many arguments. Usage: ${USAGE}`,
    'expected.object': 'an object',
    'expected.array': 'a list',
    'expected.string': 'a string',
    'expected.boolean': 'true or false',
    'expected.number': 'a number',
    'expected.date': 'an ISO 8601 date',
    'expected.day': 'a YYYY-MM-DD day',
    'expected.lang': '"en" or "ko"',
    'expected.page': 'a page id or page number',
    'expected.card-state': 'an FSRS state from 0 to 3',
    'expected.json': 'a JSON value',
    'expected.schema-version': `a schemaVersion from 1 to ${SCHEMA_VERSION}`,
  },
  ko: {
    movedAside: '진행 상황 파일을 사용할 수 없어({reason}) 새로 시작합니다. 기존 파일은 {backupPath}에 보관했습니다.',
    'reason.bad-json': 'JSON 형식이 아님',
    'reason.empty': '빈 파일',
    'reason.wrong-shape': '내용의 구조가 예상과 다름',
    'reason.unreadable': '파일을 열 수 없음',
    newerSchema: '진행 상황 파일 {path}은(는) 더 새로운 podlab이 만든 파일입니다(형식 {version}, 이 버전은 {known}까지 지원). 파일은 건드리지 않으므로 이번 실행의 진행 상황은 저장되지 않습니다. 계속 저장하려면 podlab을 업데이트하세요.',
    unwritable: '{path}에 진행 상황을 저장할 수 없습니다({detail}). 이번 실행의 진행 상황은 저장되지 않습니다.',
    lessons: '레슨: {total}개 중 {done}개 완료',
    questions: '문제: {answered}개 풀었고, 마지막 답이 정답인 문제 {correct}개',
    due: '지금 복습할 카드: {due}개',
    exams: '본 모의고사: {count}회',
    streakOne: '연속 학습: 1일',
    streak: '연속 학습: {days}일',
    file: '진행 상황 파일: {path}',
    fileAbsent: '진행 상황 파일: {path} (아직 만들어지지 않음)',
    exportExists: '{file} 파일이 이미 있습니다. podlab은 파일을 덮어쓰지 않으니 다른 이름을 쓰거나 먼저 지우세요.',
    exportDone: '진행 상황을 {file}(으)로 내보냈습니다.',
    writeFailed: '{file}에 쓸 수 없습니다: {detail}',
    readFailed: '{file}을(를) 읽을 수 없습니다: {detail}',
    importMissing: `가져올 파일을 지정하세요. 사용법: ${USAGE}`,
    importEmpty: '{file}은(는) 빈 파일입니다. 아무것도 바꾸지 않았습니다.',
    importBadJson: '{file}은(는) 올바른 JSON이 아닙니다: {detail}. 아무것도 바꾸지 않았습니다.',
    importInvalid: '{file}: {field}: 필요한 값은 {expected}입니다. 아무것도 바꾸지 않았습니다.',
    importNewer: '{file}은(는) 더 새로운 podlab이 만든 파일입니다(형식 {version}, 이 버전은 {known}까지 지원). 가져오려면 podlab을 업데이트하세요. 아무것도 바꾸지 않았습니다.',
    importDone: '{file}에서 진행 상황을 가져왔습니다.',
    backedUp: '이전 진행 상황은 {backupPath}에 백업했습니다.',
    notChanged: '아무것도 바꾸지 않았습니다.',
    resetPrompt: '진행 상황을 모두 초기화할까요? 되돌릴 수 없습니다. [y/N] ',
    resetNoTty: '초기화는 확인을 받아야 하는데, 물어볼 터미널이 없습니다. 그래도 초기화하려면: podlab progress reset --yes',
    resetDone: '진행 상황을 초기화했습니다. 언어 같은 설정은 그대로 두었습니다.',
    resetNothing: '초기화할 진행 상황이 없습니다.',
    unknownSub: `알 수 없는 progress 명령입니다: "{sub}". 쓸 수 있는 명령: ${USAGE}`,
    tooMany: `인자가 너무 많습니다. 사용법: ${USAGE}`,
    'expected.object': '객체',
    'expected.array': '목록',
    'expected.string': '문자열',
    'expected.boolean': 'true 또는 false',
    'expected.number': '숫자',
    'expected.date': 'ISO 8601 날짜',
    'expected.day': 'YYYY-MM-DD 형식의 날짜',
    'expected.lang': '"en" 또는 "ko"',
    'expected.page': '페이지 ID나 페이지 번호',
    'expected.card-state': '0부터 3까지의 FSRS 상태 값',
    'expected.json': 'JSON 값',
    'expected.schema-version': `1부터 ${SCHEMA_VERSION}까지의 schemaVersion`,
  },
};

export const storeText = translator(STORE_MESSAGES);

/** One line telling the user what happened to their progress file. */
export function describeNotice(notice: StoreNotice, lang: Lang): string {
  const t = storeText(lang);
  switch (notice.kind) {
    case 'moved-aside':
      return t('movedAside', { reason: t(`reason.${notice.reason}`), backupPath: notice.backupPath });
    case 'newer-schema':
      return t('newerSchema', { path: notice.path, version: notice.version, known: SCHEMA_VERSION });
    case 'unwritable':
      return t('unwritable', { path: notice.path, detail: notice.detail });
    default:
      return assertNever(notice);
  }
}
