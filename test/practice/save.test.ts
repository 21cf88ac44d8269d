// The saved shape is checked before use: it may come from another build, or be edited by hand.
import { describe, expect, it } from 'vitest';
import { freshSave, readSave, SAVE_VERSION } from '../../src/practice/save.js';

const good = { ...freshSave(Date.UTC(2025, 0, 1), 'podlab'), clusters: { podlab: { seed: 1, log: [{ t: 0, command: { kind: 'create' } }, { t: 5, exec: { pod: 'a' } }] } } };

describe('readSave', () => {
  it.each([
    ['nothing saved', undefined, 'none'],
    ['a good save', good, 'ok'],
    ['a newer format', { ...good, version: SAVE_VERSION + 1 }, 'newer'],
    ['not an object', [1, 2], 'invalid'],
    ['no version', { ...good, version: undefined }, 'invalid'],
    ['a negative speed', { ...good, speed: -1 }, 'invalid'],
    ['a log out of time order', { ...good, clusters: { podlab: { seed: 1, log: [{ t: 5, command: {} }, { t: 1, command: {} }] } } }, 'invalid'],
    ['a log entry that is neither command nor exec', { ...good, clusters: { podlab: { seed: 1, log: [{ t: 0 }] } } }, 'invalid'],
    ['a cluster without a seed', { ...good, clusters: { podlab: { log: [] } } }, 'invalid'],
  ])('%s reads as %s', (_what, value, kind) => {
    expect(readSave(value).kind).toBe(kind);
  });
});
