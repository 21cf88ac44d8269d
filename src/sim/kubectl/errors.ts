// The shapes kubectl's `cmdutil.CheckErr` gives error output: `error: ` and a newline, plus the
// `See 'kubectl X --help' for usage.` line cobra adds to flag errors and the
// `See 'kubectl X -h' for help and examples` line of usage errors.

/** `error: MSG` with exactly one trailing newline added when missing. */
export function errorText(message: string): string {
  // Note: checkErr adds the prefix only when the message does not already start with it.
  const text = message.startsWith('error: ') ? message : `error: ${message}`;
  return `${text}${text.endsWith('\n') ? '' : '\n'}`;
}

/** A flag-parsing error of command `path` (e.g. `get`, `create secret generic`). */
export function flagErrorText(message: string, path: string): string {
  return `error: ${message}\nSee 'kubectl ${path} --help' for usage.\n`;
}

/** `cmdutil.UsageErrorf`. */
export function usageErrorText(message: string, path: string): string {
  return `error: ${message}\nSee 'kubectl ${path} -h' for help and examples\n`;
}
