import { describe, expect, it } from 'vitest';
import { route } from '../../src/cli/route.js';

const kindOf = (argv: string[]) => route(argv).kind;

describe('route', () => {
  it.each([
    [[], 'run'],
    [['--version'], 'version'],
    [['-v'], 'version'],
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['validate', '--help'], 'help'],
    [['validate', '--json'], 'run'],
    [['--lang', 'ko', 'validate'], 'run'],
    [['--lang=ko', 'progress', '--json'], 'run'],
    [['nope'], 'error'],
    [['validate', '--jsn'], 'error'],
    [['--lang', 'fr'], 'error'],
    [['lesson'], 'error'],
    [['lesson', 'a', 'b'], 'error'],
    [['sim'], 'error'],
    [['kubectl', 'get', 'pods', '-o', 'wide', '--bogus'], 'run'],
    [['--content'], 'error'],
  ])('%j → %s', (argv, kind) => {
    expect(kindOf(argv)).toBe(kind);
  });

  it('passes kubectl arguments through untouched', () => {
    const r = route(['--lang', 'ko', 'kubectl', 'get', 'pods', '-n', 'x', '--help']);
    expect(r).toMatchObject({ kind: 'run', positionals: ['get', 'pods', '-n', 'x', '--help'], flags: { lang: 'ko' } });
  });

  it('suggests the nearest command and flag', () => {
    expect(route(['valdate'])).toMatchObject({ problem: { type: 'unknown-command', suggestion: 'validate' } });
    expect(route(['validate', '--jsn'])).toMatchObject({ problem: { type: 'unknown-flag', flag: '--jsn', suggestion: '--json' } });
  });

  it('maps export, import and reset to progress sub-commands', () => {
    expect(route(['export', 'out.json'])).toMatchObject({ kind: 'run', command: { name: 'progress' }, positionals: ['export', 'out.json'] });
    expect(route(['reset', '--yes'])).toMatchObject({ positionals: ['reset'], flags: { yes: true } });
    expect(route(['progress', 'import', 'a.json'])).toMatchObject({ positionals: ['import', 'a.json'] });
  });

  it('collects repeated --content and global flags after the command', () => {
    expect(route(['validate', '--content', 'a', '--content=b', '--no-color'])).toMatchObject({
      flags: { content: ['a', 'b'], 'no-color': true },
    });
  });

  it('treats -- as the end of flags', () => {
    expect(route(['explain', '--', '-'])).toMatchObject({ kind: 'run', positionals: ['-'] });
  });
});
