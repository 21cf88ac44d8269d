/** `podlab explain FILE|- [--json] [--now RFC3339]`: what is going on with these pods. */
import { EXIT, type CommandRun } from '../cli/context.js';
import type { ManifestProblem } from '../manifest/read.js';
import { parseFieldPath } from '../sim/api/index.js';
import type { Pod } from '../sim/api/types.js';
import { explainInputs, explainPod } from '../sim/explain/index.js';
import { explanationJson, printExplanation } from './explain-print.js';
import { timeFlag } from './sim-flags.js';
import { simText } from './sim-messages.js';
import { problemLines, readInputs } from './sim-read.js';

export const run: CommandRun = async (ctx) => {
  const t = simText(ctx.lang);
  // The CLI reads the clock; explain's core never does.
  const now = timeFlag(ctx, 'now', Date.now);
  if (!now.ok) {
    ctx.io.err(now.message + '\n');
    return EXIT.usage;
  }
  const read = await readInputs(ctx);
  const problems: ManifestProblem[] = [...read.problems];
  const pods: Pod[] = [];
  const skipped: string[] = [];
  for (const doc of read.problems.length === 0 ? read.docs : []) {
    for (const input of explainInputs(doc.value)) {
      if (input.kind === 'pod') pods.push(input.pod);
      else if (input.kind === 'problem') problems.push({ ...doc.locate(parseFieldPath(input.path)), message: input.message });
      else {
        const at = doc.locate(parseFieldPath(input.prefix));
        skipped.push(t('explainSkipped', { where: `${at.file}:${at.line}:${at.col}`, kind: input.objectKind, name: input.name }));
      }
    }
  }
  if (problems.length > 0) {
    ctx.io.err(problemLines(problems, ctx.positionals));
    return EXIT.usage;
  }
  for (const line of skipped) ctx.io.err(line + '\n');
  if (pods.length === 0) {
    ctx.io.err(t('explainNoPods', { file: ctx.positionals[0] === '-' ? '<stdin>' : ctx.positionals[0] }) + '\n');
    return EXIT.usage;
  }
  const explained = pods.map((pod) => explainPod(pod, now.value, ctx.lang));
  if (ctx.flags.json === true) ctx.io.out(JSON.stringify(explained.map(explanationJson), null, 2) + '\n');
  else ctx.io.out(explained.map((e) => printExplanation(e, ctx.lang)).join('\n'));
  return EXIT.ok;
};
