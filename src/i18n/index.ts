import type { Lang } from './lang.js';

export * from './lang.js';

/** A message table: one record of strings per language, with the same keys in both. */
export type Messages<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/**
 * Fills `{name}` placeholders. A placeholder with no value is left as it is, so a missing
 * variable shows up on screen instead of silently vanishing.
 */
export function format(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Builds a translator for one table: `tr(lang)('key', {n: 3})`. */
export function translator<K extends string>(table: Messages<K>) {
  return (lang: Lang) =>
    (key: K, vars?: Readonly<Record<string, string | number>>): string =>
      format(table[lang][key] ?? table.en[key], vars);
}
