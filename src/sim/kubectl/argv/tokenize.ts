// Splits a command line into words the way a POSIX shell would for a simple command: single
// quotes keep everything, double quotes allow \" \\ \$ \` escapes, a backslash outside quotes
// escapes the next character. No expansion happens. Used by the lab prompt and Scenario actions.

/** The words, or where the line is unfinished. */
export type Tokenized =
  | { readonly ok: true; readonly words: readonly string[] }
  | { readonly ok: false; readonly error: 'unterminated-single-quote' | 'unterminated-double-quote' | 'trailing-backslash' };

export function tokenize(line: string): Tokenized {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: 'unterminated-single-quote' };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`\n'.includes(line[j + 1])) {
          if (line[j + 1] !== '\n') word += line[j + 1];
          j++;
        } else {
          word += line[j];
        }
      }
      if (j >= line.length) return { ok: false, error: 'unterminated-double-quote' };
      inWord = true;
      i = j + 1;
    } else if (c === '\\') {
      if (i + 1 >= line.length) return { ok: false, error: 'trailing-backslash' };
      if (line[i + 1] !== '\n') word += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
