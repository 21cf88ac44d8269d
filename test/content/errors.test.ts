import { afterAll, describe, expect, it } from 'vitest';
import { loadPack, LESSON, QUESTION, removePacks } from './helpers.js';

afterAll(removePacks);

const ORDER = `format: 1
kind: questions
questions:
  - id: q-order
    type: order
    topic: pod-basics
    syllabus: A1
    difficulty: 2
    exams: [interview]
    prompt: {en: Order them., ko: 순서대로 놓으세요.}
    explanation: {en: That is the order., ko: 그 순서입니다.}
    steps:
      - {id: first, text: {en: First, ko: 처음}}
      - {id: second, text: {en: Second, ko: 다음}}
      - {id: third, text: {en: Third, ko: 마지막}}
    answer: [first, third, first]
`;

const BOMB = `format: 1
kind: questions
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
questions: *f
`;

interface Case {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly code: string;
  /** Part of the message or hint that tells how to fix it. */
  readonly says?: string;
}

const q = (from: string, to: string) => {
  if (!QUESTION.includes(from)) throw new Error(`fixture lacks ${from}`);
  return QUESTION.replace(from, to);
};

const CASES: readonly Case[] = [
  { name: 'YAML syntax error', files: { 'q.yaml': q('    answer: a', '    answer: "a') }, file: 'q.yaml', line: 16, col: 1, code: 'syntax' },
  { name: 'duplicate key', files: { 'q.yaml': q('    answer: a\n', '    answer: a\n    type: multi\n') }, file: 'q.yaml', line: 16, col: 5, code: 'duplicate-key', says: '`type`' },
  { name: 'unknown key, near a known one', files: { 'q.yaml': q('    prompt:', '    promt:') }, file: 'q.yaml', line: 10, col: 5, code: 'unknown-key', says: 'did you mean `prompt`?' },
  { name: 'unknown key of another question type', files: { 'q.yaml': q('    answer: a\n', '    answer: a\n    accept: [a]\n') }, file: 'q.yaml', line: 16, col: 5, code: 'unknown-key', says: 'type: text' },
  { name: 'unknown tag', files: { 'q.yaml': q('    answer: a', '    answer: !foo a') }, file: 'q.yaml', line: 15, col: 13, code: 'unknown-tag', says: '!foo' },
  { name: 'missing required field (the map missing it)', files: { 'q.yaml': q(', why: {en: No., ko: 아니요.}}', '}') }, file: 'q.yaml', line: 14, col: 9, code: 'missing-field', says: '`why`' },
  { name: 'missing required field with an empty value', files: { 'q.yaml': q('    answer: a', '    answer:') }, file: 'q.yaml', line: 15, col: 5, code: 'missing-field', says: '`answer`' },
  { name: 'wrong type', files: { 'q.yaml': q('difficulty: 1', 'difficulty: hard') }, file: 'q.yaml', line: 8, col: 17, code: 'wrong-type', says: 'a whole number' },
  { name: 'bad enum value', files: { 'q.yaml': q('type: single', 'type: choose') }, file: 'q.yaml', line: 5, col: 11, code: 'bad-enum', says: '`single`' },
  { name: 'bad enum value, near a known one', files: { 'q.yaml': q('syllabus: A1', 'syllabus: a1') }, file: 'q.yaml', line: 7, col: 15, code: 'bad-enum', says: 'did you mean `A1`?' },
  { name: 'missing translation (ko absent)', files: { 'q.yaml': q('{en: Which one?, ko: 어느 것일까요?}', '{en: Which one?}') }, file: 'q.yaml', line: 10, col: 13, code: 'missing-translation', says: '`ko: ...`' },
  { name: 'missing translation (ko empty)', files: { 'q.yaml': q('{en: Which one?, ko: 어느 것일까요?}', '{en: Which one?, ko: ""}') }, file: 'q.yaml', line: 10, col: 34, code: 'missing-translation' },
  { name: 'missing translation (plain string)', files: { 'q.yaml': q('{en: Which one?, ko: 어느 것일까요?}', 'Which one?') }, file: 'q.yaml', line: 10, col: 13, code: 'missing-translation', says: '{en: ..., ko: ...}' },
  { name: 'duplicate id across files', files: { 'a.yaml': QUESTION, 'b.yaml': QUESTION }, file: 'b.yaml', line: 4, col: 9, code: 'duplicate-id', says: 'a.yaml:4' },
  { name: 'answer id not among the choices', files: { 'q.yaml': q('    answer: a', '    answer: c') }, file: 'q.yaml', line: 15, col: 13, code: 'dangling-ref', says: '`c`' },
  { name: 'order answer not a permutation', files: { 'q.yaml': ORDER }, file: 'q.yaml', line: 16, col: 13, code: 'dangling-ref', says: 'listed twice: `first`' },
  { name: 'checkpoint question that does not exist', files: { 'lessons/demo.yaml': LESSON, 'quizzes/q.yaml': q('id: q-one', 'id: q-two') }, file: 'lessons/demo.yaml', line: 17, col: 14, code: 'dangling-ref', says: '`q-one`' },
  { name: 'lesson link to an unknown lesson', files: { 'q.yaml': q('    answer: a\n', '    answer: a\n    lesson: nope#intro\n') }, file: 'q.yaml', line: 16, col: 13, code: 'dangling-ref', says: '`nope`' },
  { name: 'lesson link to an unknown page', files: { 'lessons/demo.yaml': LESSON, 'quizzes/q.yaml': q('    answer: a\n', '    answer: a\n    lesson: demo#intor\n') }, file: 'quizzes/q.yaml', line: 16, col: 13, code: 'dangling-ref', says: 'did you mean `intro`?' },
  { name: 'topic that is neither a lesson nor a syllabus topic', files: { 'q.yaml': q('topic: pod-basics', 'topic: pod-basic') }, file: 'q.yaml', line: 6, col: 12, code: 'dangling-ref', says: '`pod-basics`' },
  { name: 'unsupported format version', files: { 'q.yaml': q('format: 1', 'format: 2') }, file: 'q.yaml', line: 1, col: 9, code: 'unsupported-format', says: 'format 1' },
  { name: 'alias bomb', files: { 'q.yaml': BOMB }, file: 'q.yaml', line: 4, col: 8, code: 'alias-bomb' },
  { name: 'alias without anchor', files: { 'q.yaml': q('    answer: a', '    answer: *nowhere') }, file: 'q.yaml', line: 15, col: 13, code: 'bad-alias', says: '`&nowhere`' },
  { name: 'second document in a file', files: { 'q.yaml': QUESTION + '---\nformat: 1\n' }, file: 'q.yaml', line: 16, col: 1, code: 'extra-document' },
  { name: 'empty file', files: { 'q.yaml': '# nothing yet\n' }, file: 'q.yaml', line: 1, col: 1, code: 'empty-file' },
  { name: 'lesson id not its file name', files: { 'lessons/other.yaml': LESSON }, file: 'lessons/other.yaml', line: 3, col: 5, code: 'file-name', says: '`demo.yaml`' },
  { name: 'lesson module not its syllabus module', files: { 'lessons/demo.yaml': LESSON.replace('module: A', 'module: B') }, file: 'lessons/demo.yaml', line: 4, col: 9, code: 'module-mismatch', says: 'module: A' },
  { name: 'unknown block kind', files: { 'lessons/demo.yaml': LESSON.replace('- text:', '- txt:') }, file: 'lessons/demo.yaml', line: 16, col: 9, code: 'bad-block', says: 'did you mean `text`?' },
  { name: 'out of range', files: { 'q.yaml': q('difficulty: 1', 'difficulty: 4') }, file: 'q.yaml', line: 8, col: 17, code: 'bad-value', says: 'from 1 to 3' },
  { name: 'bad id', files: { 'q.yaml': q('id: q-one', 'id: Q_One') }, file: 'q.yaml', line: 4, col: 9, code: 'bad-value', says: 'hyphens' },
];

describe('content errors point at the offending node', () => {
  it.each(CASES)('$name', async ({ files, file, line, col, code, says }) => {
    const { dir, content } = await loadPack(files);
    const matching = content.errors.filter((e) => e.code === code);
    expect(matching.map((e) => ({ file: e.file, line: e.line, col: e.col }))).toContainEqual({ file: `${dir}/${file}`, line, col });
    const error = matching.find((e) => e.line === line && e.col === col)!;
    expect(error.hint, 'every error says how to fix it').toBeTruthy();
    if (says) expect(`${error.message} ${error.hint}`).toContain(says);
  });
});
