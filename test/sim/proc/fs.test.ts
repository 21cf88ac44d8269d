import { describe, expect, it } from 'vitest';
import { type SimFs, fsList, fsMkdir, fsRead, fsRemove, fsStat, fsWrite, makeFs, mountedFs } from '../../../src/sim/proc/index.js';

const base = makeFs({ '/etc/hostname': 'web\n', '/var/log/app.log': 'x' }, ['/tmp']);
const fsOf = (r: { fs: SimFs } | { error: string }) => ('fs' in r ? r.fs : r.error);

describe('SimFs helpers', () => {
  it.each([
    ['/', 'dir'], ['/etc', 'dir'], ['/etc/hostname', 'file'], ['/tmp', 'dir'], ['/var', 'dir'], ['/nope', undefined],
  ])('stat %s is %s', (path, kind) => {
    expect(fsStat(base, path)).toBe(kind);
  });

  it.each([
    ['write into a missing directory', fsWrite(base, '/a/b', 'x'), 'ENOENT'],
    ['write over a directory', fsWrite(base, '/tmp', 'x'), 'EISDIR'],
    ['write under a file', fsWrite(base, '/etc/hostname/x', 'x'), 'ENOTDIR'],
    ['mkdir an existing one', fsMkdir(base, '/tmp'), 'EEXIST'],
    ['mkdir without parents', fsMkdir(base, '/a/b'), 'ENOENT'],
    ['rm a missing file', fsRemove(base, '/nope'), 'ENOENT'],
    ['rm a directory without -r', fsRemove(base, '/var'), 'EISDIR'],
    ['rmdir a non-empty directory', fsRemove(base, '/var', false, true), 'ENOTEMPTY'],
  ])('%s fails with %s', (_name, result, errno) => {
    expect(fsOf(result)).toBe(errno);
  });

  it('writes, appends, lists and removes without changing the original', () => {
    const a = fsOf(fsWrite(base, '/tmp/x', 'one\n')) as SimFs;
    const b = fsOf(fsWrite(a, '/tmp/x', 'two\n', true)) as SimFs;
    expect(fsRead(b, '/tmp/x')).toBe('one\ntwo\n');
    expect(fsRead(base, '/tmp/x')).toBeUndefined();
    expect(fsList(b, '/')).toEqual(['etc', 'tmp', 'var']);
    const c = fsOf(fsRemove(b, '/var', true)) as SimFs;
    expect(fsList(c, '/')).toEqual(['etc', 'tmp']);
    expect(fsOf(fsMkdir(c, '/a/b/c', true)) as SimFs).toMatchObject({ dirs: ['/a/b/c', '/tmp'] });
  });

  it('survives structuredClone and compares equal', () => {
    expect(structuredClone(base)).toEqual(base);
  });
});

describe('mountedFs', () => {
  it('routes paths to the volume with the longest mount path', () => {
    const shared = makeFs({});
    const m = mountedFs(base, [{ path: '/data', fs: shared }, { path: '/data/ro', fs: makeFs({ '/cfg': 'v' }), readOnly: true }]);
    expect(m.ops.write('/data/x', 'in volume', false)).toBeUndefined();
    expect(m.ops.write('/data/ro/y', 'nope', false)).toBe('EROFS');
    expect(m.ops.read('/data/ro/cfg')).toBe('v');
    expect(m.ops.list('/data')).toEqual(['ro', 'x']);
    expect(m.ops.list('/')).toEqual(['data', 'etc', 'tmp', 'var']);
    expect(m.ops.remove('/data', true)).toBe('EBUSY');
    expect(m.current().mounts[0]).toEqual({ files: { '/x': 'in volume' }, dirs: [] });
    expect(m.current().root).toBe(base);
  });

  it('lets two containers share an emptyDir', () => {
    const writer = mountedFs(makeFs({}), [{ path: '/work', fs: makeFs({}) }]);
    writer.ops.write('/work/index.html', '<h1>hi</h1>', false);
    const reader = mountedFs(base, [{ path: '/usr/share/nginx/html', fs: writer.current().mounts[0] }]);
    expect(reader.ops.read('/usr/share/nginx/html/index.html')).toBe('<h1>hi</h1>');
  });
});
