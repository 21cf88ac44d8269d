// What `podlab drill` prints: the list, a task, a graded attempt, the reference solution.
import { simCheckText } from '../content/sim-checks/messages.js';
import type { Domain, Drill } from '../content/types.js';
import type { Lang } from '../i18n/index.js';
import { formatAge } from '../practice/clock.js';
import type { CheckFailure, DrillGrade } from '../practice/drills/grade.js';
import { assertNever } from '../util/assert-never.js';
import { drillText, type DrillTranslate } from './drill-messages.js';
import { columns, displayWidth, padTo, wrap } from './drill-text.js';

/** A drill's line in the list: its best score so far and whether it is due for review. */
export interface ListedDrill {
  readonly drill: Drill;
  readonly best?: number;
  readonly isDue: boolean;
}

export const domainName = (t: DrillTranslate, domain: Domain | string): string =>
  t(`domain.${domain}` as Parameters<DrillTranslate>[0]);

export function listText(lang: Lang, items: readonly ListedDrill[], inProgress?: string): string {
  const t = drillText(lang);
  const header = [...t('listHeader').split('\t'), t('listTitle')];
  const rows = items.map(({ drill, best, isDue }) => [
    drill.id, domainName(t, drill.domain), drill.minutes === undefined ? '-' : String(drill.minutes),
    best === undefined ? '-' : `${best}%`, drill.title[lang] + (isDue ? ` ${t('listDue')}` : ''),
  ]);
  const lines = [...columns([header, ...rows]), '', t('listFooter', { n: items.length })];
  if (inProgress !== undefined) lines.push(t('listInProgress', { id: inProgress }));
  return lines.join('\n') + '\n';
}

/** The task as the learner reads it: what it is worth, its title, its text. */
export function taskText(lang: Lang, drill: Drill, header?: string): string {
  const t = drillText(lang);
  const head = header ?? t('taskHeader', { id: drill.id, domain: domainName(t, drill.domain), syllabus: drill.syllabus, points: drill.checks.reduce((sum, c) => sum + c.weight, 0) })
    + (drill.minutes === undefined ? '' : t('taskMinutes', { minutes: drill.minutes }));
  return [head, drill.title[lang], '', ...wrap(drill.task[lang]), ''].join('\n') + '\n';
}

/** How to work on a drill from the shell. */
export function howToText(lang: Lang, drill: Drill, hintsLeft: number): string {
  const t = drillText(lang);
  const hint = drill.hints.length === 0 ? t('howNoHints') : t('howHint', { n: hintsLeft });
  return `${t('howTo', { hint })}\n`;
}

function failureText(lang: Lang, failure: CheckFailure): string {
  const t = drillText(lang);
  switch (failure.kind) {
    case 'sim': return simCheckText(lang)(failure.said.key, failure.said.vars);
    case 'file-missing': return t('fileMissing', { path: failure.path });
    case 'file-differs': return t('fileDiffers', { path: failure.path, actual: failure.actual, expected: failure.expected });
    default: return assertNever(failure);
  }
}

/** Each check ✓ or ✗ with its points and what it expects; under a failed one, what was found. */
export function gradeText(lang: Lang, id: string, grade: DrillGrade): string {
  const t = drillText(lang);
  const heads = grade.checks.map((c) => [`  ${c.passed ? '✓' : '✗'} ${c.check.id}`, `${c.passed ? c.check.weight : 0}/${c.check.weight}`] as const);
  const w0 = Math.max(...heads.map(([a]) => displayWidth(a)));
  const w1 = Math.max(...heads.map(([, b]) => displayWidth(b)));
  const indent = ' '.repeat(w0 + w1 + 4);
  const out = [t('checked', { id, wait: formatAge(grade.waitedMs) })];
  grade.checks.forEach((c, i) => {
    out.push(`${padTo(heads[i][0], w0)}  ${padTo(heads[i][1], w1)}  ${c.check.message[lang]}`);
    for (const f of c.failures) out.push(`${indent}→ ${failureText(lang, f)}`);
  });
  const percent = grade.total > 0 ? Math.floor((grade.score / grade.total) * 100) : 0;
  const vars = { score: grade.score, total: grade.total, percent };
  out.push(grade.score >= grade.total ? t('scoreFull', vars) : t('scorePart', vars));
  return out.join('\n') + '\n';
}

/** A reference command as the learner types it: `kubectl` becomes `podlab kubectl`. */
export const asPodlab = (line: string): string => line.replace(/^\s*kubectl\b/, 'podlab kubectl');

/** The reference solution, ready to paste: the manifest as a here-document, then the commands. */
export function solutionText(lang: Lang, drill: Drill): string {
  const t = drillText(lang);
  const out = [t('solutionTitle', { id: drill.id })];
  const { manifest, commands = [] } = drill.solution;
  if (manifest !== undefined) {
    out.push(t('solutionManifest'), "podlab kubectl apply -f - <<'EOF'", manifest.replace(/\n+$/, ''), 'EOF');
  }
  if (commands.length > 0) {
    out.push(manifest === undefined ? t('solutionCommands') : t('solutionThen'), ...commands.map((c) => `  ${asPodlab(c)}`));
  }
  return out.join('\n') + '\n';
}
