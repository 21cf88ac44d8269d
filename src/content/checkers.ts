/**
 * The semantic checks `podlab validate` runs after loading. Empty for now: the simulator adds
 * its checks here (every embedded manifest passes its validation, every predicted answer agrees
 * with what it computes).
 */
import type { Checker } from './validate.js';

export const CONTENT_CHECKERS: readonly Checker[] = [];
