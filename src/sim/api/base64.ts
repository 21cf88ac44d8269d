// Base64 as the API server meets it: Secret `data` is a []byte, decoded with Go's
// base64.StdEncoding (which answers `illegal base64 data at input byte N`), and `stringData` is
// encoded into it on create. No Buffer here: the core is pure.

const ALPHABET = /[A-Za-z0-9+/]/;

/**
 * The byte offset Go's CorruptInputError reports, or undefined when the text decodes.
 * Note: mirrors encoding/base64 decodeQuantum's offsets.
 */
export function base64Error(text: string): number | undefined {
  let quantumStart = 0;
  let inQuantum = 0;
  /** Where the first "=" was, once padding has begun. */
  let padAt = -1;
  let padDone = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // Note: Go skips \r and \n anywhere in the input.
    if (ch === '\r' || ch === '\n') continue;
    if (padDone) return i;
    if (padAt >= 0) {
      // "xx=" must be followed by a second "=".
      if (ch !== '=') return padAt;
      padDone = true;
      continue;
    }
    if (ch === '=') {
      if (inQuantum < 2) return i;
      padAt = i;
      padDone = inQuantum === 3;
      continue;
    }
    if (!ALPHABET.test(ch)) return i;
    if (inQuantum === 0) quantumStart = i;
    inQuantum = (inQuantum + 1) % 4;
  }
  if (padAt >= 0 && !padDone) return text.length;
  if (padAt < 0 && inQuantum !== 0) return quantumStart;
  return undefined;
}

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of a UTF-8 string. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += CHARS[(n >> 18) & 63] + CHARS[(n >> 12) & 63];
    out += b === undefined ? '=' : CHARS[(n >> 6) & 63];
    out += c === undefined ? '=' : CHARS[n & 63];
  }
  return out;
}
