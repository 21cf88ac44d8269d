/**
 * One lab open on the screen: loads the lab engine (the simulator comes with it, so not before
 * the Lab opens), rebuilds the saved lab or starts it, runs the clock while it plays, runs what
 * is typed at the prompt, and saves after every change. The cluster lives in a ref: the engine
 * moves it on in place, and a counter tells React to draw again.
 */
import type { Key } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Drill, LabScenario } from '../../content/types.js';
import type { Lang } from '../../i18n/index.js';
import type { LabEffect, OutLine } from '../../practice/lab/index.js';
import { SAVED_HISTORY } from '../../practice/lab/lab-run.js';
import type { LabProps } from '../lab-types.js';
import { completed, emptyPrompt, promptCursor, promptKey, promptText, splitChunk, submit, type LabPrompt } from '../state/lab-prompt.js';
import { pick } from '../text.js';
import { outputHeight, type LabScreenModel } from '../views/lab-screen.js';
import { labUiText } from '../views/lab-messages.js';
import { runLabEffect } from './lab-effects.js';
import { outputLines, prose, type Engine, type Ready } from './lab-ready.js';
import { useTerminalHandoff } from './use-terminal-handoff.js';

/** How often the clock moves while playing (wall milliseconds). */
const TICK_MS = 250;
/** Saves while the clock plays, at most this often (wall milliseconds). */
const SAVE_EVERY_MS = 15_000;
/** The most output lines kept. */
const MAX_OUTPUT = 2000;

export type LabPhase = { readonly kind: 'loading' } | { readonly kind: 'ready' } | { readonly kind: 'failed'; readonly message: string };

export interface LabSessionArgs {
  readonly id: string;
  readonly scenario?: LabScenario;
  readonly drill?: Drill;
  readonly props: LabProps;
  readonly lang: Lang;
  readonly width: number;
  /** Called when the learner leaves the lab (Esc on an empty prompt, or `exit`). */
  readonly onLeave: () => void;
}

export function useLabSession(args: LabSessionArgs) {
  const { id, scenario, drill, props, lang, width, onLeave } = args;
  const handOff = useTerminalHandoff();
  const ready = useRef<Ready | undefined>(undefined);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const [phase, setPhase] = useState<LabPhase>({ kind: 'loading' });
  // Note: keys can arrive faster than React renders, so each one must see the line as the key
  // before it left it: the prompt is read from a ref, and the state only asks for a redraw.
  const promptRef = useRef<LabPrompt>(emptyPrompt());
  const [prompt, setPromptState] = useState<LabPrompt>(promptRef.current);
  const setPrompt = useCallback((p: LabPrompt) => {
    promptRef.current = p;
    setPromptState(p);
  }, []);
  const [output, setOutput] = useState<readonly OutLine[]>([]);
  const outputRef = useRef(output);
  outputRef.current = output;
  const [scroll, setScroll] = useState(0);
  const [candidates, setCandidates] = useState<readonly string[]>([]);
  const [, setFrame] = useState(0);
  const redraw = useCallback(() => setFrame((n) => n + 1), []);
  const print = useCallback((lines: readonly OutLine[]) => {
    if (lines.length === 0) return;
    setOutput((old) => [...old, ...lines].slice(-MAX_OUTPUT));
    setScroll(0);
  }, []);
  const t = labUiText(lang);

  const save = useCallback(() => {
    const r = ready.current;
    if (!r) return;
    const run = { ...r.engine.labRunOf(r.lab), history: promptRef.current.history.slice(-SAVED_HISTORY) };
    r.isDirty = false;
    r.savedAt = props.wallNow();
    saving.current = saving.current.then(() => props.saveRun(id, run)).then((problem) => {
      if (problem) print([{ text: problem, tone: 'error' }]);
    });
  }, [id, props, print]);

  // Open: load the engine, the files' access and the saved lab, then rebuild or start it.
  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      try {
        const [engine, env, runs] = await Promise.all([import('../../practice/lab/index.js'), props.lineEnv(lang), props.loadRuns()]);
        if (isCancelled) return;
        const fresh = { wallMs: props.wallNow(), seed: props.newSeed() };
        const saved = engine.readLabRun(runs[id]);
        let opened = engine.openLab(id, scenario, saved, fresh, drill);
        const notes: OutLine[] = [];
        if (!opened.ok && saved) {
          notes.push({ text: engine.labText(lang)('replayFailed', { detail: opened.detail }), tone: 'error' });
          opened = engine.openLab(id, scenario, undefined, fresh, drill);
        }
        if (!opened.ok) {
          setPhase({ kind: 'failed', message: engine.labText(lang)('setupFailed', { detail: opened.detail }) });
          return;
        }
        const lab = opened.lab;
        if (saved?.history) setPrompt(emptyPrompt(saved.history));
        ready.current = { engine, env, lab, watch: engine.startWatch(lab), lastWall: props.wallNow(), savedAt: props.wallNow(), isDirty: !saved };
        const intro = scenario ? pick(scenario.intro, lang) : drill ? t('drillStart') : t('freeIntro');
        print([...notes, ...prose(intro, width, 'hint'), ...(saved ? [{ text: engine.clockLine(lab, lang), tone: 'hint' as const }] : [])]);
        setPhase({ kind: 'ready' });
        if (!saved) save();
      } catch (error) {
        if (!isCancelled) setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      isCancelled = true;
    };
    // Note: opened once per lab; the screen gives each lab its own component (keyed by id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Steps finished: say so, and the closing words after the last. */
  const tellGuide = useCallback((r: Ready, news: ReturnType<Engine['advanceGuide']>) => {
    if (!news) return;
    const lt = r.engine.labText(lang);
    print([
      ...news.done.map((n) => ({ text: lt('stepDone', { n }), tone: 'good' as const })),
      ...(news.isFinished && r.lab.scenario ? [...prose(pick(r.lab.scenario.outro, lang), width, 'good'), { text: lt('allDone'), tone: 'hint' as const }] : []),
    ]);
  }, [lang, print, width]);

  // The clock: while playing, cluster time moves by the wall time passed times the speed.
  useEffect(() => {
    if (phase.kind !== 'ready') return undefined;
    const timer = setInterval(() => {
      const r = ready.current;
      if (!r) return;
      const wall = props.wallNow();
      const passed = Math.max(0, wall - r.lastWall);
      r.lastWall = wall;
      // A waiting delete needs time to pass, as in a real cluster: a paused clock runs at x1 meanwhile.
      if (r.lab.isPaused && !r.waitFor) return;
      const target = r.engine.labNow(r.lab) + passed * (r.lab.isPaused ? 1 : r.lab.speed);
      if (r.waitFor) {
        // `replace --force` creates on the way, when kubectl would: its `pod/web replaced` is printed then.
        const done = r.engine.advanceWaiting(r.lab, { waitFor: r.waitFor, ...(r.then ? { then: r.then } : {}) }, target);
        if (done) {
          r.waitFor = undefined;
          r.then = undefined;
          print(done);
        }
      } else r.engine.advanceLab(r.lab, target);
      r.engine.pollWatch(r.lab, r.watch);
      if (r.follow) {
        const more = r.follow.next(r.lab.live.cluster.view);
        if (more) print(outputLines(more, 'plain'));
      }
      tellGuide(r, r.engine.advanceGuide(r.lab));
      r.isDirty = true;
      if (wall - r.savedAt >= SAVE_EVERY_MS) save();
      redraw();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [phase.kind, props, print, redraw, save, tellGuide]);

  // Leaving the screen (or the app) saves where the clock stood.
  useEffect(() => () => {
    if (ready.current?.isDirty) save();
  }, [save]);

  const effect = useCallback((r: Ready, e: LabEffect): void => {
    runLabEffect(r, e, { lang, width, print, clear: () => setOutput([]), handOff, props, onLeave, tellGuide });
  }, [handOff, lang, onLeave, print, props, tellGuide, width]);

  const runLine = useCallback((line: string) => {
    const r = ready.current;
    if (!r) return;
    r.follow = undefined;
    print([{ text: `$ ${line}`, tone: 'command' }]);
    const reply = r.engine.runLabLine(r.lab, line, r.env);
    print(reply.out);
    if (reply.follow) r.follow = reply.follow;
    if (reply.waitFor) {
      r.waitFor = reply.waitFor;
      r.then = reply.then;
    }
    tellGuide(r, reply.guide);
    effect(r, reply.effect);
    // A jump of the clock or a fault may have met the step's goal: say so now, not at the next tick.
    tellGuide(r, r.engine.advanceGuide(r.lab));
    r.engine.pollWatch(r.lab, r.watch);
    save();
    redraw();
  }, [effect, print, redraw, save, tellGuide]);

  const onKey = useCallback((input: string, key: Key) => {
    const r = ready.current;
    if (!r) {
      if (key.escape) onLeave();
      return;
    }
    if (key.ctrl && input === 't') {
      r.lab.isPaused = !r.lab.isPaused;
      r.lastWall = props.wallNow();
      print([{ text: r.engine.clockLine(r.lab, lang), tone: 'hint' }]);
      save();
      return;
    }
    if (key.pageUp || key.pageDown) {
      setScroll((s) => Math.max(0, Math.min(outputHeight(outputRef.current, width) - 1, s + (key.pageUp ? 10 : -10))));
      return;
    }
    if (key.escape) {
      if (r.follow || r.waitFor) {
        r.follow = undefined;
        r.waitFor = undefined;
        r.then = undefined;
        print([{ text: r.engine.labText(lang)('followStopped'), tone: 'hint' }]);
      } else if (promptText(promptRef.current) !== '') setPrompt(emptyPrompt(promptRef.current.history));
      else onLeave();
      return;
    }
    if (r.follow || r.waitFor) return;
    let p = promptRef.current;
    const complete = () => {
      const c = r.engine.completeLine(promptText(p), promptCursor(p), r.lab.live.cluster.view, 'default');
      p = completed(p, c.line, c.cursor);
      setCandidates(c.candidates.length > 1 ? c.candidates : []);
    };
    const enter = () => {
      const done = submit(p);
      p = done.prompt;
      setCandidates([]);
      runLine(done.line);
    };
    const parts = splitChunk(input) ?? [undefined];
    for (const part of parts) {
      if (part?.kind === 'tab') complete();
      else if (part?.kind === 'enter') enter();
      else {
        const k = promptKey(p, part ? part.text : input, part ? {} : key);
        if (k.kind === 'edited') p = k.prompt;
        else if (k.kind === 'complete') complete();
        else if (k.kind === 'submit') enter();
      }
    }
    setPrompt(p);
  }, [lang, onLeave, print, props, runLine, save, setPrompt, width]);

  const r = ready.current;
  const model: LabScreenModel | undefined = r && phase.kind === 'ready'
    ? {
      pods: { header: r.watch.header, rows: r.watch.rows },
      events: r.engine.eventLines(r.lab),
      ...guideOf(r, lang),
      output,
      scroll,
      prompt: { text: promptText(prompt), cursor: promptCursor(prompt) },
      candidates,
      isFollowing: r.follow !== undefined || r.waitFor !== undefined,
    }
    : undefined;
  const clock = r ? { time: r.engine.formatAge(r.engine.labNow(r.lab)), isPaused: r.lab.isPaused, speed: r.lab.speed } : undefined;
  return { phase, model, clock, onKey };
}

function guideOf(r: Ready, lang: Lang): Pick<LabScreenModel, 'guide'> {
  const t = labUiText(lang);
  const drill = r.lab.drill;
  if (drill) return { guide: { title: t('task', { weight: drill.weight }), text: pick(drill.task, lang), isFinished: false } };
  const scenario = r.lab.scenario;
  if (!scenario) return {};
  const step = r.engine.currentStep(r.lab);
  if (!step) return { guide: { title: t('finished'), text: pick(scenario.outro, lang), isFinished: true } };
  const hint = r.lab.hints > 0 && step.hint ? pick(step.hint, lang) : undefined;
  return { guide: { title: t('step', { n: r.lab.step + 1, total: scenario.steps.length }), text: pick(step.text, lang), ...(hint ? { hint } : {}), isFinished: false } };
}
