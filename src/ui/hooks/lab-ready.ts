/** The lab open on the screen, once its engine is loaded: shared by the session hook and its effects. */
import type { FollowSession } from '../../sim/kubectl/index.js';
import type { LabEnv, LabLive, LabReply, OutLine, PodWatch } from '../../practice/lab/index.js';
import { wrap } from '../text.js';

/** The lab's engine module, loaded when the Lab first opens. */
export type Engine = typeof import('../../practice/lab/index.js');

/** The open lab and what runs beside it: the watch panel, a following command, a waiting delete. */
export interface Ready {
  readonly engine: Engine;
  readonly env: LabEnv;
  lab: LabLive;
  watch: PodWatch;
  follow?: FollowSession;
  /** A `delete` waiting, as kubectl does, until its objects are gone. */
  waitFor?: LabReply['waitFor'];
  /** `replace --force`: the create to run once `waitFor` is gone. */
  then?: LabReply['then'];
  lastWall: number;
  savedAt: number;
  isDirty: boolean;
}

/** Prose wrapped to the screen, one output line per row. */
export const prose = (text: string, width: number, tone: OutLine['tone']): OutLine[] => wrap(text, Math.max(10, width - 1)).map((t) => ({ text: t, tone }));

/** Program output (kubectl's, a report) as output lines, without the final newline's empty line. */
export const outputLines = (text: string, tone: OutLine['tone']): OutLine[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n').map((t) => ({ text: t, tone })));
