/**
 * How typed answers are compared. Pasted text may carry line breaks, non-breaking or ideographic
 * spaces and zero-width characters; Korean input methods may produce decomposed (NFD) Hangul;
 * learners wrap answers in quotes or backticks as they would in chat. None of that changes what
 * the answer says.
 */

/** Quote pairs stripped from around an answer (ASCII, typographic, and CJK corner brackets). */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ['\u300c', '\u300d'], ['\u300e', '\u300f'],
];

const ZERO_WIDTH = /[\u200b-\u200d\u2060]/gu;

/** NFC, zero-width characters dropped, every run of whitespace one space, trimmed. Case kept. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(/\s+/gu, ' ').trim();
}

/** `tidy`, then surrounding quote pairs removed (repeatedly: ```x``` → x). Case kept. */
export function unquote(text: string): string {
  let out = tidy(text);
  for (;;) {
    const pair = QUOTE_PAIRS.find(([open, close]) => out.length >= 2 && out.startsWith(open) && out.endsWith(close));
    if (!pair) return out;
    out = out.slice(pair[0].length, out.length - pair[1].length).trim();
  }
}

/** The form text answers are compared in: `unquote`d and case-folded. */
export function normalizeText(text: string): string {
  return unquote(text).toLowerCase();
}

/**
 * Input that should be read as digits or keywords: also NFKC, so full-width digits and
 * letters from a Korean input method (`１`, `ｙｅｓ`) count as their ASCII forms.
 */
export function normalizeKeyword(text: string): string {
  return normalizeText(text.normalize('NFKC'));
}
