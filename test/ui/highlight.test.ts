import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { codeLines, wrapSpans } from '../../src/ui/views/code-box.js';
import { highlightShell, highlightYaml } from '../../src/ui/views/highlight.js';
import type { Span } from '../../src/ui/views/line.js';

/** Spans as `tone:text`, plain text without a tone. */
const show = (spans: readonly Span[]) => spans.map((s) => (s.tone ? `${s.tone}:${s.text}` : s.text));

describe('YAML highlighting', () => {
  it.each<[string, string[]]>([
    ['apiVersion: v1', ['codeKey:apiVersion', ':', 'codeValue: v1']],
    ['metadata:', ['codeKey:metadata', ':']],
    ['    - name: app', ['    ', 'codeDash:- ', 'codeKey:name', ':', 'codeValue: app']],
    ['  - - nested', ['  ', 'codeDash:- - ', 'codeValue:nested']],
    ['      - containerPort: 80   # informational', ['      ', 'codeDash:- ', 'codeKey:containerPort', ':', 'codeValue: 80   ', 'codeComment:# informational']],
    ['# a whole comment', ['codeComment:# a whole comment']],
    ['  image: nginx:1.25', ['  ', 'codeKey:image', ':', 'codeValue: nginx:1.25']],
    ['  command: ["sh", "-c", "echo a#b # c"]', ['  ', 'codeKey:command', ':', 'codeValue: ["sh", "-c", "echo a#b # c"]']],
    ['"quoted key": x', ['codeKey:"quoted key"', ':', 'codeValue: x']],
    ['  while true; do wget http://localhost:80/; done', ['  ', 'codeValue:while true; do wget http://localhost:80/; done']],
    ['---', ['codeDash:---']],
    ['', []],
  ])('%j', (line, spans) => {
    expect(show(highlightYaml(line))).toEqual(spans);
    expect(highlightYaml(line).map((s) => s.text).join('')).toBe(line);
  });
});

describe('shell highlighting', () => {
  it.each<[string, string[]]>([
    ['kubectl get pods', ['kubectl get pods']],
    ['kubectl get pods  # every Pod', ['kubectl get pods  ', 'codeComment:# every Pod']],
    ['echo "#not a comment"', ['echo "#not a comment"']],
  ])('%j', (line, spans) => {
    expect(show(highlightShell(line))).toEqual(spans);
  });
});

describe('breaking code to a width', () => {
  it('never cuts: a long line continues on lines marked ↳, tones carried over', () => {
    const lines = wrapSpans([{ text: 'key', tone: 'codeKey' }, { text: ': ' + 'x'.repeat(20), tone: 'codeValue' }], 10);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['key: xxxxx', '↳ xxxxxxxx', '↳ xxxxxxx']);
    expect(lines[1]?.[1]?.tone).toBe('codeValue');
  });

  it('counts Hangul as two columns', () => {
    const lines = wrapSpans([{ text: '한국어로 된 주석입니다' }], 10);
    expect(lines.every((l) => stringWidth(l.map((s) => s.text).join('')) <= 10)).toBe(true);
    expect(lines.map((l) => l.map((s) => s.text).join('')).join('').replace(/↳ /g, '')).toBe('한국어로 된 주석입니다');
  });

  it('drops trailing blank lines and expands tabs', () => {
    expect(codeLines('text', 'a\n\tb\n\n', 20).map((l) => l.map((s) => s.text).join(''))).toEqual(['a', '  b']);
  });
});
