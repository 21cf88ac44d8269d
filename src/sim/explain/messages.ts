// explain's message table in both languages, and a small translator. (src/sim cannot import
// src/i18n, so the shape is the same but it lives here.)
import { EXPLAIN_EN, type ExplainKey } from './messages-en.js';
import { EXPLAIN_KO } from './messages-ko.js';
import type { ExplainLang } from './types.js';

export type { ExplainKey };

export const EXPLAIN_MESSAGES: Readonly<Record<ExplainLang, Readonly<Record<ExplainKey, string>>>> = { en: EXPLAIN_EN, ko: EXPLAIN_KO };

export type Vars = Readonly<Record<string, string | number>>;
export type Say = (key: ExplainKey, vars?: Vars) => string;

/** `say(lang)('crashLoop', {container: 'app'})`; a placeholder without a value stays visible. */
export function sayIn(lang: ExplainLang): Say {
  return (key, vars = {}) => EXPLAIN_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k]) : all));
}
