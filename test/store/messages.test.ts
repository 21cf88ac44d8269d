import { describe, expect, it } from 'vitest';
import { describeNotice, STORE_MESSAGES } from '../../src/store/messages.js';
import type { StoreNotice } from '../../src/store/notice.js';

const notices: readonly [StoreNotice, string][] = [
  [{ kind: 'moved-aside', reason: 'bad-json', backupPath: '/h/progress.corrupt-x.json', detail: 'Unexpected token' }, '/h/progress.corrupt-x.json'],
  [{ kind: 'newer-schema', path: '/h/progress.json', version: 4 }, '4'],
  [{ kind: 'unwritable', path: '/h/progress.json', detail: 'EROFS' }, 'EROFS'],
];

describe('describeNotice', () => {
  it.each(notices.flatMap(([notice, part]) => (['en', 'ko'] as const).map((lang) => [notice.kind, lang, notice, part] as const)))(
    '%s in %s names what the user needs and leaves no placeholder',
    (_kind, lang, notice, part) => {
      const text = describeNotice(notice, lang);
      expect(text).toContain(part);
      expect(text).not.toMatch(/\{\w+\}/);
    },
  );
});

describe('the message table', () => {
  it.each(Object.entries(STORE_MESSAGES.ko))('%s is written in Korean', (_key, ko) => {
    expect(ko).toMatch(/[가-힣]/);
  });
});
