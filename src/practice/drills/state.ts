// What a drill or a mock exam in progress keeps between calls. It lives in the practice save,
// beside the clusters it set up, so it is written in the same atomic step as they are and goes
// away with them on `podlab kubectl reset`.
import type { LogEntry, PracticeSave } from '../save.js';

/** The drill being worked on in the `drill` context. */
export interface DrillSession {
  readonly id: string;
  /** Hints shown so far (the next `--hint` shows hint number `hints + 1`). */
  readonly hints: number;
  /** Timed setup actions (a node failing later ...) not yet due, at cluster times. */
  readonly pending: readonly LogEntry[];
}

/** One task of a mock exam. */
export interface ExamTask {
  readonly drill: string;
  readonly domain: string;
  /** Points the task is worth. */
  readonly weight: number;
  readonly context: string;
  readonly flagged: boolean;
  /** Log entries the setup wrote into the context's cluster (more means the learner changed it). */
  readonly setupEntries: number;
  readonly pending: readonly LogEntry[];
}

/** A mock exam in progress. Times are wall-clock epoch milliseconds. */
export interface ExamSession {
  readonly seed: number;
  readonly minutes: number;
  readonly startedAt: number;
  readonly endsAt: number;
  readonly tasks: readonly ExamTask[];
}

/** The practice save with a drill and an exam, each optional. */
export interface DrillSave extends PracticeSave {
  readonly drill?: DrillSession;
  readonly exam?: ExamSession;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isLog = (v: unknown): boolean => Array.isArray(v) && v.every((e) => isObj(e) && isNum(e.t) && (isObj(e.command) || isObj(e.exec)));

function isTask(v: unknown): v is ExamTask {
  return isObj(v) && isStr(v.drill) && isStr(v.domain) && isNum(v.weight) && isStr(v.context) && typeof v.flagged === 'boolean'
    && isNum(v.setupEntries) && isLog(v.pending);
}

/** The drill in progress, if the save holds a well-formed one. */
export function drillOf(save: PracticeSave): DrillSession | undefined {
  const d = (save as DrillSave).drill as unknown;
  return isObj(d) && isStr(d.id) && isNum(d.hints) && isLog(d.pending) ? (d as unknown as DrillSession) : undefined;
}

/** The exam in progress, if the save holds a well-formed one. */
export function examOf(save: PracticeSave): ExamSession | undefined {
  const e = (save as DrillSave).exam as unknown;
  const ok = isObj(e) && isNum(e.seed) && isNum(e.minutes) && isNum(e.startedAt) && isNum(e.endsAt)
    && Array.isArray(e.tasks) && e.tasks.length > 0 && e.tasks.every(isTask);
  return ok ? (e as unknown as ExamSession) : undefined;
}

/** The save with the drill replaced (undefined removes it). */
export function withDrill(save: PracticeSave, drill: DrillSession | undefined): DrillSave {
  const { drill: _old, ...rest } = save as DrillSave;
  return drill === undefined ? rest : { ...rest, drill };
}

/** The save with the exam replaced (undefined removes it). */
export function withExam(save: PracticeSave, exam: ExamSession | undefined): DrillSave {
  const { exam: _old, ...rest } = save as DrillSave;
  return exam === undefined ? rest : { ...rest, exam };
}
