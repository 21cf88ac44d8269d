/**
 * What every simulator-backed check shares during one validation: the translator, positions,
 * one admission per distinct manifest text, and the two outputs (errors, and checks skipped).
 */
import type { Lang } from '../../i18n/index.js';
import type { LoadedContent } from '../load.js';
import type { ContentError, SourcePos } from '../types.js';
import { admitManifest, type AdmittedManifest } from './admit.js';
import { simCheckText, type SimSaid, type SimTranslate } from './messages.js';
import { runPool, type RunPool } from './run.js';
import { cachedReader, manifestPlacer, type PlaceInFile, type ReadText } from './source-map.js';

/** Why a check could not be made (not an error: the content may well be right). */
export type SkipReason =
  /** The manifest holds a kind podlab does not simulate (Job, DaemonSet ...). */
  | 'unsimulated-kind'
  /** A solution line needs a shell or files (`>`, `|`, `-f pod.yaml`), which the simulator has not. */
  | 'needs-shell'
  /** A solution line kubectl accepts but that needs more than a cluster: `kubectl edit` (an editor). */
  | 'kubectl-unsupported'
  /** A drill `file` check: it needs the learner's shell, which the simulator does not have. */
  | 'file-check';

/** A check left undone, and where. */
export interface SkippedCheck extends SourcePos {
  readonly reason: SkipReason;
  /** The kinds or the check concerned, for the reader. */
  readonly detail: string;
}

/** The code of every error these checks report (ContentError.code). */
export type SimErrorCode = 'sim-manifest' | 'sim-predict' | 'sim-ambiguous' | 'sim-goal' | 'sim-command' | 'sim-drill' | 'sim-lab' | 'sim-crash';

export interface SimCheckCtx {
  readonly lang: Lang;
  readonly t: SimTranslate;
  readonly errors: ContentError[];
  readonly skipped: SkippedCheck[];
  /** Where an item or one of its fields is; the file's first line when the loader does not know. */
  readonly at: (owner: object, field?: string) => SourcePos;
  /** Positions inside the manifest held by `owner[field]`, mapped into the content file. */
  readonly placer: (owner: object, field: string) => PlaceInFile;
  readonly admit: (text: string) => AdmittedManifest;
  /** The run of `input` at `ms`, shared with every other check whose input has the same key. */
  readonly runAt: RunPool;
  readonly report: (at: SourcePos, code: SimErrorCode, message: SimSaid, hint?: SimSaid) => void;
  readonly skip: (at: SourcePos, reason: SkipReason, detail: string) => void;
  /** Runs one item's checks; a throw (a simulator bug) becomes an error there, not a crash. */
  readonly guard: (at: SourcePos, work: () => void) => void;
}

const UNKNOWN: SourcePos = { file: '', line: 1, col: 1 };

export function simCheckCtx(content: LoadedContent, lang: Lang, readText: ReadText = cachedReader()): SimCheckCtx {
  const t = simCheckText(lang);
  const errors: ContentError[] = [];
  const skipped: SkippedCheck[] = [];
  const admitted = new Map<string, AdmittedManifest>();
  const at = (owner: object, field?: string) => content.locate(owner, field) ?? content.locate(owner) ?? UNKNOWN;
  return {
    lang, t, errors, skipped, at, runAt: runPool(),
    placer: (owner, field) => manifestPlacer(at(owner, field), readText),
    admit: (text) => {
      let found = admitted.get(text);
      if (!found) {
        found = admitManifest(text);
        admitted.set(text, found);
      }
      return found;
    },
    report: (pos, code, message, hint) => {
      errors.push({
        file: pos.file, line: pos.line, col: pos.col, code, message: t(message.key, message.vars),
        ...(hint ? { hint: t(hint.key, hint.vars) } : {}),
      });
    },
    skip: (pos, reason, detail) => void skipped.push({ ...pos, reason, detail }),
    guard: (pos, work) => {
      try {
        work();
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        errors.push({ ...pos, code: 'sim-crash', message: t('simulatorFailed', { detail }), hint: t('simulatorFailedHint') });
      }
    },
  };
}
