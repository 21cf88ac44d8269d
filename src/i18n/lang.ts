/** The two languages podlab speaks. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/**
 * The language a POSIX locale asks for: LC_ALL wins over LC_MESSAGES, which wins over LANG,
 * as in setlocale(3). `ko`, `ko_KR.UTF-8` and the like give Korean; anything else English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!locale) return undefined;
  return /^ko([_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}

/** --lang, else the saved setting, else the locale, else English. */
export function resolveLang(
  flag: string | undefined,
  saved: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (isLang(flag)) return flag;
  if (isLang(saved)) return saved;
  return langFromEnv(env) ?? 'en';
}
