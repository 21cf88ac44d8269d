// How go-yaml v2 (the copy inside sigs.k8s.io/yaml, which kubectl's YAML printer uses) decides
// to write a string: plain, 'single', "double" or a | literal block. Mirrors encode.go
// `stringv`, resolve.go `resolve` and emitterc.go `yaml_emitter_analyze_scalar` /
// `yaml_emitter_select_scalar_style`.

/** The scalar styles the emitter can pick. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF',
  '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<',
]);

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
// Go's strconv.ParseInt/ParseUint with base 0 (underscores already removed by the caller).
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
const DATE_FORMATS = [
  // Note: time.Parse("2006-1-2T15:4:5.999999999Z07:00") and friends in resolve.go parseTimestamp.
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];

function looksLikeTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  return DATE_FORMATS.some((re) => re.test(s)) && validDateParts(s);
}

function validDateParts(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{1,2}):(\d{1,2}))?/.exec(s);
  if (!m) return false;
  const [mo, d, h = '0', mi = '0', se = '0'] = m.slice(2);
  return +mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31 && +h < 24 && +mi < 60 && +se < 60;
}

/** Would this text, written plain, read back as something other than a string? (`resolve("", s)`) */
export function resolvesToNonString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return true;
  const hint = s[0];
  // Note: strconv.ParseFloat accepts a leading-dot number only in this shape.
  if (hint === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (hint === undefined || !/[-+0-9]/.test(hint)) return false;
  if (looksLikeTimestamp(s)) return true;
  const plain = s.replace(/_/g, '');
  if (GO_INT.test(plain)) return true;
  if (YAML_FLOAT.test(plain)) return true;
  return /^-?0b[01]+$/.test(plain);
}

function isBase60Float(s: string): boolean {
  if (s === '' || !/[-+0-9]/.test(s[0]) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

/** The style `stringv` asks for, before the emitter checks what is allowed. */
export function requestedStyle(s: string): ScalarStyle {
  if (s.includes('\n')) return 'literal';
  return !resolvesToNonString(s) && !isBase60Float(s) ? 'plain' : 'double';
}

const isBreak = (c: string) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** libyaml's is_printable, by code point. */
export function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff)
    || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

/** What `yaml_emitter_analyze_scalar` concludes about a value. */
export interface ScalarAnalysis {
  readonly multiline: boolean;
  readonly blockPlainAllowed: boolean;
  readonly singleQuotedAllowed: boolean;
  readonly blockAllowed: boolean;
}

export function analyzeScalar(value: string): ScalarAnalysis {
  const chars = [...value];
  if (chars.length === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let leadingSpace = false; let leadingBreak = false; let trailingSpace = false; let trailingBreak = false;
  let breakSpace = false; let spaceBreak = false; let previousSpace = false; let previousBreak = false;
  let lineBreaks = false; let special = false;
  let precededByWhitespace = true;
  chars.forEach((c, i) => {
    const followedByWhitespace = i + 1 >= chars.length || isBlank(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true; previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false; previousBreak = true;
    } else {
      previousSpace = false; previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c);
  });
  let blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let single = true;
  let block = !trailingSpace;
  if (breakSpace) { blockPlain = false; single = false; }
  if (spaceBreak || special) { blockPlain = false; single = false; block = false; }
  if (lineBreaks || blockIndicators) blockPlain = false;
  return { multiline: lineBreaks, blockPlainAllowed: blockPlain, singleQuotedAllowed: single, blockAllowed: block };
}

/** `yaml_emitter_select_scalar_style` for block context (kubectl output never nests flow collections). */
export function selectStyle(value: string, requested: ScalarStyle, isSimpleKey: boolean): ScalarStyle {
  const a = analyzeScalar(value);
  let style = requested;
  if (isSimpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlainAllowed) style = 'single';
    if (value.length === 0 && isSimpleKey) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || isSimpleKey)) style = 'double';
  return style;
}

export { isBreak };
