// Label selectors as `-l` takes them (apimachinery labels.Parse): `a=b`, `a==b`, `a!=b`,
// `a`, `!a`, `a in (x,y)`, `a notin (x,y)`, comma-separated (all must hold).
import { assertNever } from '../../../util/assert-never.js';

/** One requirement of a selector. */
export type Requirement =
  | { readonly op: 'eq' | 'ne'; readonly key: string; readonly value: string }
  | { readonly op: 'in' | 'notin'; readonly key: string; readonly values: readonly string[] }
  | { readonly op: 'exists' | 'notexists'; readonly key: string };

/** Splits on commas that are not inside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Parses a selector; the error text follows kubectl's `unable to parse requirement: ...`. */
export function parseLabelSelector(text: string): { ok: true; requirements: Requirement[] } | { ok: false; error: string } {
  const requirements: Requirement[] = [];
  if (text.trim() === '') return { ok: true, requirements };
  for (const raw of splitTerms(text)) {
    const term = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^()]*)\)$/.exec(term))) {
      const values = m[3].split(',').map((v) => v.trim()).filter((v) => v !== '');
      requirements.push({ op: m[2] as 'in' | 'notin', key: m[1], values });
    } else if ((m = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(term))) {
      requirements.push({ op: m[2] === '!=' ? 'ne' : 'eq', key: m[1], value: m[3] });
    } else if ((m = /^!\s*([^\s!=(),]+)$/.exec(term))) {
      requirements.push({ op: 'notexists', key: m[1] });
    } else if ((m = /^([^\s!=(),]+)$/.exec(term))) {
      requirements.push({ op: 'exists', key: m[1] });
    } else {
      return { ok: false, error: `unable to parse requirement: found '${term}', expected: identifier` };
    }
  }
  return { ok: true, requirements };
}

export function matchesLabels(requirements: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'eq': return has && l[r.key] === r.value;
      case 'ne': return !has || l[r.key] !== r.value;
      case 'in': return has && r.values.includes(l[r.key]);
      case 'notin': return !has || !r.values.includes(l[r.key]);
      case 'exists': return has;
      case 'notexists': return !has;
      default: return assertNever(r);
    }
  });
}
