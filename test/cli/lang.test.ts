import { describe, expect, it } from 'vitest';
import { langFromEnv, resolveLang } from '../../src/i18n/index.js';

describe('language', () => {
  it.each([
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'ko' }, 'ko'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'ko_KR.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'kok_IN' }, 'en'],
    [{}, undefined],
  ])('locale %j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it.each([
    ['ko', 'en', { LANG: 'en_US' }, 'ko'],
    [undefined, 'ko', { LANG: 'en_US' }, 'ko'],
    [undefined, undefined, { LANG: 'ko_KR.UTF-8' }, 'ko'],
    [undefined, 'fr', { LANG: 'ko_KR' }, 'ko'],
    [undefined, undefined, {}, 'en'],
  ])('--lang %s, saved %s, env %j → %s', (flag, saved, env, lang) => {
    expect(resolveLang(flag, saved, env)).toBe(lang);
  });
});
