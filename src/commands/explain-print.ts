// The human output of `podlab explain`: per pod, the `kubectl get pods` row, then what the
// kubelet would compute, the resources, and the findings with what to try.
import type { Lang } from '../i18n/index.js';
import { GET_TABLE, tabbed } from '../sim/kubectl/print/tabwriter.js';
import type { Finding, PodExplanation } from '../sim/explain/index.js';
import { simText, type SimTranslate } from './sim-messages.js';

const WIDTH = 100;

/** Display columns: East Asian wide characters (Hangul, CJK) take two. */
function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

/** Word-wraps one paragraph at WIDTH columns, each line starting with `indent`. */
export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A `- ` list item continues under its text, not under the dash.
    let lead = indent;
    const next = paragraph.startsWith('- ') ? `${indent}  ` : indent;
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && columns(lead + line + ' ' + word) > WIDTH) {
        lines.push(lead + line);
        lead = next;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(lead + line);
  }
  return lines.join('\n') + '\n';
}

/** Left-aligned columns two spaces apart, measured in display columns (Hangul is wide). */
export function align(rows: readonly (readonly string[])[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, columns(cell)); });
  return rows.map((row) => indent + row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i] - columns(cell) + 2) : cell)).join('')).join('\n') + '\n';
}

const list = (t: SimTranslate, m: Readonly<Record<string, string>>): string => {
  const entries = Object.entries(m);
  return entries.length === 0 ? t('explainNone') : entries.map(([k, v]) => `${k}=${v}`).join(', ');
};

function findingText(t: SimTranslate, f: Finding): string {
  const label = { error: t('sevError'), warning: t('sevWarning'), info: t('sevInfo') }[f.severity];
  return `  [${label}] ${f.code}\n${wrap(f.message, '    ')}${f.advice ? wrap(`${t('explainTry')} ${f.advice}`, '    ') : ''}`;
}

export function printExplanation(e: PodExplanation, lang: Lang): string {
  const t = simText(lang);
  const row = tabbed(`NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n${e.name}\t${e.ready}\t${e.status}\t${e.restarts}\t${e.age}\n`, GET_TABLE);
  const phase = e.phase.reported === e.phase.derived ? e.phase.derived
    : t('explainPhaseDiffers', { reported: e.phase.reported || '<none>', derived: e.phase.derived });
  const facts = align([[`${t('explainQos')}:`, e.qosClass], [`${t('explainPhase')}:`, phase]]);
  const conditions = e.conditions.map((c) => {
    const why = [c.reason, c.message].filter(Boolean).join(': ');
    return why ? [c.type, c.status, why] : [c.type, c.status];
  });
  const containers = e.containers.map((c) => [
    c.init ? `${c.name} (${t('explainInit')})` : c.name, `${t('explainRequests')}: ${list(t, c.requests)}`, `${t('explainLimits')}: ${list(t, c.limits)}`,
  ]);
  return [
    `# pod ${e.namespace}/${e.name}\n${row}`,
    facts,
    `${t('explainConditions')}:\n${conditions.length > 0 ? align(conditions, '  ') : `  ${t('explainNone')}\n`}`,
    `${t('explainContainers')}:\n${align(containers, '  ')}`,
    `${t('explainFindings')}:\n${e.findings.map((f) => findingText(t, f)).join('')}`,
  ].join('\n');
}

/** DESIGN.md's JSON entry: the finding's message also says what to try. */
export function explanationJson(e: PodExplanation): unknown {
  return {
    name: e.name, namespace: e.namespace, ready: e.ready, status: e.status, restarts: e.restarts, age: e.age, qosClass: e.qosClass,
    phase: e.phase, conditions: e.conditions,
    containers: e.containers.map((c) => ({ name: c.name, ...(c.init ? { init: true } : {}), requests: c.requests, limits: c.limits })),
    findings: e.findings.map((f) => ({ severity: f.severity, code: f.code, message: f.advice ? `${f.message} ${f.advice}` : f.message })),
  };
}
