import { readFileSync } from 'node:fs';
import { isLang, type Lang } from '../i18n/lang.js';
import { storePath } from './location.js';

/**
 * The language saved in the settings, read cheaply (no conf, no validation) because the CLI calls
 * it on every start to pick the language, `--help` included. Never throws: a missing, unreadable
 * or odd file only means "no saved language".
 */
export function readSavedLang(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(storePath(env), 'utf8').replace(/^\uFEFF/, ''));
    if (typeof data !== 'object' || data === null) return undefined;
    const settings: unknown = (data as { settings?: unknown }).settings;
    if (typeof settings !== 'object' || settings === null) return undefined;
    const lang: unknown = (settings as { lang?: unknown }).lang;
    return isLang(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}
