// Record lookups that ignore Object.prototype: a command named `constructor` or a variable named
// `toString` must not find JavaScript's.

export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
