import { describe, expect, it } from 'vitest';
import { syntaxErrorText } from '../../../src/sim/shell/messages.js';
import { parseScript } from '../../../src/sim/shell/parse.js';

describe('parseScript', () => {
  it.each([
    'echo hi',
    'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600',
    'until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done',
    'while true; do echo $(date); sleep 5; done',
    'if [ -f /x ]; then echo a; elif [ -d /y ]; then echo b; else echo c; fi',
    'for i in 1 2 3; do echo $i; done > /tmp/out 2>&1',
    'case "$1" in start|run) echo go ;; *) echo no ;; esac',
    "trap 'exit 0' TERM\nsleep 3600 &\nwait",
    'f() { echo in f; return 3; }; f; echo $?',
    '( cd /tmp && pwd ); { echo a; echo b; } | tee /tmp/log',
    'cat <<EOF > /tmp/conf\nkey=$HOME\nEOF\necho done',
    '! false && echo ok || echo no',
    'echo "a \\"quoted\\" word" \'single $x\' $\'tab\\tstop\'',
  ])('parses %j', (src) => {
    expect(parseScript(src).ok).toBe(true);
  });

  it.each([
    ['while true; do echo x', 'ash', 'sh: syntax error: unexpected end of file (expecting "done")'],
    ['if true; then echo x; done', 'ash', 'sh: syntax error: unexpected "done"'],
    ['echo "unterminated', 'ash', 'sh: syntax error: unterminated quoted string'],
    ['fi', 'ash', 'sh: syntax error: unexpected "fi"'],
    ['echo a; ;', 'ash', 'sh: syntax error: unexpected ";"'],
    ['while true; do echo x', 'dash', 'sh: 1: Syntax error: end of file unexpected (expecting "done")'],
    ['if true; then echo x; done', 'dash', 'sh: 1: Syntax error: "done" unexpected'],
    ['if true; then echo x; done', 'bash', "sh: line 1: syntax error near unexpected token `done'"],
  ] as const)('%j is a syntax error in %s', (src, shell, text) => {
    const r = parseScript(src);
    expect(r.ok ? 'parsed' : syntaxErrorText(shell, 'sh', r.error)).toBe(text);
  });

  it('reads here-document bodies and keeps quoted delimiters literal', () => {
    const r = parseScript("cat <<'EOF'\n$HOME\nEOF");
    expect(r.ok && r.node).toMatchObject({ t: 'simple', redirs: [{ op: '<<', heredoc: { body: '$HOME\n', expand: false } }] });
  });
});
