/** The `code` of a Node system error (`ENOENT`, `EEXIST` ...), if it has one. */
export function code(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
