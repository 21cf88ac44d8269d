import { describe, expect, it } from 'vitest';
import { runExec } from '../../../src/sim/proc/index.js';
import { Driver } from '../proc/driver.js';
import { TestWorld, type TestWorldOptions } from '../proc/world.js';

/** Runs a script to completion in a fresh busybox container (or the image given). */
function run(script: string, opts: TestWorldOptions = {}, shell = 'sh') {
  const tw = new TestWorld(opts);
  const r = runExec([shell, '-c', script], tw.world(), 3_600_000);
  return { out: r.stdout, err: r.stderr, code: r.exitCode, ms: r.durationMs, tw, warnings: r.warnings };
}

describe('expansion', () => {
  it.each([
    ['echo $HOME', '/root\n'],
    ['X=1; echo "${X}2" $X', '12 1\n'],
    ['echo ${UNSET:-fallback} ${UNSET-dash} "${EMPTY:+alt}"', 'fallback dash \n'],
    ['X=abc.tar.gz; echo ${X%.gz} ${X%%.*} ${X#*.} ${#X}', 'abc.tar abc tar.gz 10\n'],
    ['echo $((1 + 2 * 3)) $((10 / 3)) $((7 % 4))', '7 3 3\n'],
    ['i=0; i=$((i+1)); i=$((i+1)); echo $i', '2\n'],
    ['false; echo $?; true; echo $?', '1\n0\n'],
    ['echo "$(echo nested $(echo deep))"', 'nested deep\n'],
    ['echo `echo back`ticks', 'backticks\n'],
    ['A="a   b"; echo $A; echo "$A"', 'a b\na   b\n'],
    ["echo 'no $expansion' \"but $HOME\"", 'no $expansion but /root\n'],
    ['set -- one "two three"; for a in "$@"; do echo "[$a]"; done; echo $#', '[one]\n[two three]\n2\n'],
    ['echo ~', '/root\n'],
    ['echo $HOSTNAME $(hostname)', 'test-pod test-pod\n'],
    ["echo $'a\\tb'", 'a\tb\n'],
  ])('%s', (script, out) => {
    expect(run(script).out).toBe(out);
  });

  it('expands filename patterns against the filesystem', () => {
    expect(run('mkdir -p /d; touch /d/a.log /d/b.log /d/c.txt; echo /d/*.log; echo /d/*.none').out).toBe('/d/a.log /d/b.log\n/d/*.none\n');
  });
});

describe('control flow', () => {
  it.each([
    ['true && echo yes || echo no', 'yes\n'],
    ['false && echo yes || echo no', 'no\n'],
    ['false || true && echo both', 'both\n'],
    ['! false && echo negated', 'negated\n'],
    ['if [ -d /tmp ]; then echo dir; else echo none; fi', 'dir\n'],
    ['if false; then echo a; elif true; then echo b; fi', 'b\n'],
    ['for x in a b c; do echo $x; done', 'a\nb\nc\n'],
    ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n'],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', '2\n'],
    ['for x in 1 2 3 4; do [ $x = 3 ] && break; echo $x; done', '1\n2\n'],
    ['for x in 1 2 3; do [ $x = 2 ] && continue; echo $x; done', '1\n3\n'],
    ['while true; do echo once; break; done; echo after', 'once\nafter\n'],
    ['case web-1 in db-*) echo db ;; web-*) echo web ;; *) echo other ;; esac', 'web\n'],
    ['greet() { echo "hi $1"; return 4; }; greet you; echo $?', 'hi you\n4\n'],
    ['(X=inner; echo $X); echo "[$X]"', 'inner\n[]\n'],
    ['{ echo a; echo b; } > /tmp/f; cat /tmp/f', 'a\nb\n'],
    ['echo one | tee /tmp/t > /dev/null; cat /tmp/t', 'one\n'],
    ['printf "a\\nb\\nc\\n" | grep -v b | wc -l', '2\n'],
    ['eval "echo evaluated"', 'evaluated\n'],
    ['sh -c "echo child; exit 3"; echo parent $?', 'child\nparent 3\n'],
    ['cat <<EOF\nhome=$HOME\nEOF', 'home=/root\n'],
  ])('%s', (script, out) => {
    expect(run(script).out).toBe(out);
  });

  it.each([
    ['exit 3', 3],
    ['echo x; exit', 0],
    ['false', 1],
    ['set -e; false; echo unreachable', 1],
    ['set -e; false || true; echo reached', 0],
    ['trap "echo bye" EXIT; exit 5', 5],
    ['nosuchcmd', 127],
    ['(exit 4); echo $?', 0],
  ])('%s exits %i', (script, code) => {
    expect(run(script).code).toBe(code);
  });

  it('runs the EXIT trap before leaving', () => {
    expect(run('trap "echo cleanup" EXIT; echo main').out).toBe('main\ncleanup\n');
  });

  it('counts sleeps as virtual time', () => {
    const r = run('sleep 2; sleep 0.5; sleep 1m');
    expect([r.code, r.ms]).toEqual([0, 62_500]);
  });
});

describe('redirections', () => {
  it.each([
    ['echo a > /tmp/x; echo b >> /tmp/x; cat /tmp/x', 'a\nb\n', ''],
    ['date > /tmp/now; cat /tmp/now', 'Wed Jan  1 00:00:00 UTC 2025\n', ''],
    ['cat /nope 2>/dev/null; echo $?', '1\n', ''],
    ['cat /nope 2>&1', "cat: can't open '/nope': No such file or directory\n", ''],
    ['echo warn >&2', '', 'warn\n'],
    ['echo x > /no/dir/file', '', "sh: can't create /no/dir/file: nonexistent directory\n"],
    ['echo x > /var/run/secrets/kubernetes.io/serviceaccount/y', '', "sh: can't create /var/run/secrets/kubernetes.io/serviceaccount/y: Read-only file system\n"],
    ['read line < /etc/hostname-missing', '', "sh: can't open /etc/hostname-missing: no such file\n"],
  ])('%s', (script, out, err) => {
    const r = run(script);
    expect([r.out, r.err]).toEqual([out, err]);
  });
});

describe('the shell of each image', () => {
  it.each([
    ['busybox', 'sh', 'nosuch', 'sh: nosuch: not found\n'],
    ['nginx', 'sh', 'nosuch', 'sh: 1: nosuch: not found\n'],
    ['nginx', 'bash', 'nosuch', 'bash: line 1: nosuch: command not found\n'],
    ['busybox', 'sh', 'cat /x', "cat: can't open '/x': No such file or directory\n"],
    ['nginx', 'sh', 'cat /x', 'cat: /x: No such file or directory\n'],
    ['busybox', 'sh', 'rm /x', "rm: can't remove '/x': No such file or directory\n"],
    ['nginx', 'sh', 'rm /x', "rm: cannot remove '/x': No such file or directory\n"],
    ['nginx', 'sh', 'nslookup web', 'sh: 1: nslookup: not found\n'],
    ['busybox', 'sh', 'sleep abc', "sleep: invalid number 'abc'\n"],
  ])('%s %s: %s', (image, shell, script, err) => {
    expect(run(script, { image }, shell).err).toBe(err);
  });

  it('interprets echo escapes in dash but not in ash', () => {
    expect([run('echo "a\\tb"').out, run('echo "a\\tb"', { image: 'nginx' }).out]).toEqual(['a\\tb\n', 'a\tb\n']);
  });

  it('warns about a command it cannot interpret in an app image and keeps it running', () => {
    const d = new Driver(['sh', '-c', 'echo starting; python app.py'], { image: 'myapp:1.0' }).advanceTo(600_000);
    expect([d.exit, d.wakeAt, d.text()]).toEqual([undefined, undefined, ['starting']]);
    expect(d.warnings).toEqual(['podlab: cannot interpret "python app.py" (python is not simulated); treating it as a long-running process']);
  });

  it('assumes such a command succeeds when it is exec\'d (a probe)', () => {
    const r = runExec(['/bin/grpc_health_probe', '-addr=:5000'], new TestWorld({ image: 'myapp:1.0' }).world(), 1000);
    expect([r.exitCode, r.warnings]).toEqual([0, ['podlab: cannot interpret "/bin/grpc_health_probe -addr=:5000" (grpc_health_probe is not simulated); assuming it succeeds']]);
  });
});

describe('names that JavaScript objects also have', () => {
  it.each([
    ['constructor', '', "sh: constructor: not found\n", 127],
    ['echo "[$toString]" "[${constructor:-unset}]"', '[] [unset]\n', '', 0],
    ['[ constructor = constructor ] && echo same', 'same\n', '', 0],
  ])('%s', (script, out, err, code) => {
    expect(run(script)).toMatchObject({ out, err, code });
  });
});
