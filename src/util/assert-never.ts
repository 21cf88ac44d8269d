/** Ends an exhaustive switch: the compiler proves `x` is never reached. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
