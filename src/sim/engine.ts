// The simulator's transition functions (xstate's `transition` shape): `init` loads the objects,
// `apply` makes one change at the current time, `runUntil` fires every timer up to a time.
// The state passed in is consumed: keep using the one returned.
import type { Millis } from './api/types.js';
import type { SimEvent } from './events.js';
import { peekAt, popWhat } from './timer-queue.js';
import type { CommandOutcome, SimCommand, SimInput } from './engine/commands-types.js';
import { runCommand } from './engine/commands.js';
import { dispatch } from './engine/dispatch.js';
import { initState } from './engine/init.js';
import { flushDirty } from './engine/pods.js';
import type { SimState } from './engine/state.js';

/** The cluster at t = 0 with the input's objects created; no timer has fired yet. */
export function init(input: SimInput, seed: number): SimState {
  return initState(input, seed);
}

/** One change at `state.now`. The outcome says what happened or why the API refused it. */
export function apply(state: SimState, command: SimCommand): [SimState, SimEvent[], CommandOutcome] {
  state.out = [];
  state.parkEpoch++;
  const outcome = runCommand(state, command);
  flushDirty(state);
  const events = state.out;
  state.out = [];
  return [state, events, outcome];
}

/**
 * Fires every timer due at or before `t`, in order, then sets the clock to `t`.
 * Throws when `t` is before the current time (time never runs back).
 */
export function runUntil(state: SimState, t: Millis): [SimState, SimEvent[]] {
  if (!Number.isFinite(t) || t < state.now) {
    throw new Error(`runUntil: cannot move time back from ${state.now} ms to ${t} ms`);
  }
  state.out = [];
  for (;;) {
    const at = peekAt(state.queue);
    if (at === undefined || at > t) break;
    const what = popWhat(state.queue)!;
    state.now = at;
    dispatch(state, what);
    flushDirty(state);
  }
  state.now = t;
  flushDirty(state);
  const events = state.out;
  state.out = [];
  return [state, events];
}
