/**
 * The semantic checks `podlab validate` runs after loading: the simulator's (every embedded
 * manifest passes its validation, every predicted answer and reference solution agrees with
 * what it computes; see sim-checks/).
 */
import { simChecker } from './sim-checks/index.js';
import type { Checker } from './validate.js';

export const CONTENT_CHECKERS: readonly Checker[] = [simChecker];
