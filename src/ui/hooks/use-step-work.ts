import { useEffect, useRef } from 'react';
import { assertNever } from '../../util/assert-never.js';
import type { StepRequest, StepResult, StepState } from '../state/step-state.js';
import type { EditOutcome, StepEditor } from '../types.js';
import { useTerminalHandoff } from './use-terminal-handoff.js';

/** Hands a hook's answer back to the reducer. */
export type OnStepResult = (request: StepRequest, result: StepResult) => void;

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The simulator side of the steps, loaded the first time a step runs. */
const loadRunner = () => import('../steps/run-steps.js');

/**
 * Does what the open step asks for, once per request: plays a prediction or checks a manifest
 * in the simulator (loaded on first use, so the first frame never waits for it), or opens the
 * manifest in the learner's editor with the terminal handed over. Answers go to `onResult`; the
 * reducer drops those whose request is no longer waited for.
 */
export function useStepWork(step: StepState | undefined, editor: StepEditor | undefined, onResult: OnStepResult): void {
  const handOff = useTerminalHandoff();
  const handled = useRef<StepRequest | undefined>(undefined);
  useEffect(() => {
    const request = step?.request;
    if (!step || !request || handled.current === request) return;
    handled.current = request;
    switch (request.kind) {
      case 'edit': {
        const fileName = step.kind === 'fix' ? `${step.step.goal.pod}.yaml` : 'manifest.yaml';
        let outcome: EditOutcome;
        try {
          outcome = editor ? handOff(() => editor.edit({ text: request.text, fileName })) : { kind: 'failed', detail: 'no editor' };
        } catch (error) {
          outcome = { kind: 'failed', detail: detailOf(error) };
        }
        onResult(request, { kind: 'edited', outcome });
        return;
      }
      case 'play':
        if (step.kind !== 'predict') return;
        void loadRunner()
          .then(({ observePrediction }) => observePrediction(step.step, request.text))
          .catch((error: unknown) => ({ kind: 'crashed' as const, detail: detailOf(error) }))
          .then((observation) => onResult(request, { kind: 'played', observation }));
        return;
      case 'check':
        if (step.kind !== 'fix') return;
        void loadRunner()
          .then(({ checkFix }) => checkFix(step.step, request.text))
          .catch((error: unknown) => ({ kind: 'crashed' as const, detail: detailOf(error) }))
          .then((check) => onResult(request, { kind: 'checked', check }));
        return;
      default:
        assertNever(request.kind);
    }
  }, [step, editor, handOff, onResult]);
}
