/**
 * What the screen does after a line at the lab's prompt asks for more than printing: the
 * editor (with the terminal handed over), the learner's files, a drill's check and hints, a reset.
 */
import type { Lang } from '../../i18n/index.js';
import type { GuideNews, LabEffect, OutLine } from '../../practice/lab/index.js';
import { assertNever } from '../../util/assert-never.js';
import type { LabProps } from '../lab-types.js';
import { pick } from '../text.js';
import { labUiText } from '../views/lab-messages.js';
import { outputLines, prose, type Ready } from './lab-ready.js';
import type { HandOff } from './use-terminal-handoff.js';

/** What effects use from the screen. */
export interface EffectIo {
  readonly lang: Lang;
  readonly width: number;
  readonly print: (lines: readonly OutLine[]) => void;
  readonly clear: () => void;
  readonly handOff: HandOff;
  readonly props: LabProps;
  readonly onLeave: () => void;
  readonly tellGuide: (r: Ready, news: GuideNews | undefined) => void;
}

export function runLabEffect(r: Ready, e: LabEffect, io: EffectIo): void {
  const { lang, width, print, handOff, props, onLeave, tellGuide } = io;
  const t = labUiText(lang);
  const lt = r.engine.labText(lang);
  switch (e.kind) {
    case 'none':
      return;
    case 'edit': {
      const edited = handOff(() => props.editObject(e.session.text, e.session.extension));
      if (!edited.ok) {
        print(outputLines(edited.stderr, 'error'));
        return;
      }
      const o = e.session.finish(edited.documents, r.lab.live.cluster);
      print([...outputLines(o.stdout, 'plain'), ...outputLines(edited.settle(o.exitCode === 0, o.stderr), 'error')]);
      if (o.exitCode === 0) tellGuide(r, r.engine.advanceGuide(r.lab, ['edit']));
      return;
    }
    case 'editFile': {
      const problem = handOff(() => props.editFile(e.path));
      if (problem) print([{ text: problem, tone: 'error' }]);
      return;
    }
    case 'write': {
      const problem = props.writeFile(e.path, e.text);
      print([problem ? { text: problem, tone: 'error' } : { text: lt('wrote', { path: e.path }), tone: 'hint' }]);
      return;
    }
    case 'clear':
      io.clear();
      return;
    case 'reset': {
      const opened = r.engine.openLab(r.lab.id, r.lab.scenario, undefined, { wallMs: props.wallNow(), seed: props.newSeed() }, r.lab.drill);
      if (!opened.ok) return;
      r.lab = opened.lab;
      r.watch = r.engine.startWatch(r.lab);
      r.follow = undefined;
      if (r.lab.scenario) print(prose(pick(r.lab.scenario.intro, lang), width, 'hint'));
      return;
    }
    case 'leave':
      onLeave();
      return;
    case 'check': {
      const drill = r.lab.drill;
      if (!drill) return;
      r.lab.checks += 1;
      const run = r.engine.labRunOf(r.lab);
      void props.checkDrill(drill, run).then(
        (report) => print(outputLines(report, 'plain')),
        (error: unknown) => print([{ text: String(error), tone: 'error' }]),
      );
      return;
    }
    case 'solution':
      if (r.lab.drill) print(outputLines(props.solutionOf(r.lab.drill), 'plain'));
      return;
    case 'hint': {
      const drill = r.lab.drill;
      if (drill) {
        const next = drill.hints[r.lab.hints];
        if (!next) print([{ text: lt('noMoreHints', { n: drill.hints.length }), tone: 'hint' }]);
        else {
          r.lab.hints += 1;
          print(prose(`${r.lab.hints}/${drill.hints.length} ${pick(next, lang)}`, width, 'hint'));
        }
        return;
      }
      const step = r.engine.currentStep(r.lab);
      if (!r.lab.scenario) print([{ text: lt('noGuide'), tone: 'hint' }]);
      else if (!step?.hint) print([{ text: lt('noHint'), tone: 'hint' }]);
      else {
        r.lab.hints += 1;
        print(prose(t('hint', { text: pick(step.hint, lang) }), width, 'hint'));
      }
      return;
    }
    default:
      assertNever(e);
  }
}
