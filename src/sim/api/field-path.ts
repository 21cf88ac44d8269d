// Turns a Kubernetes field path back into the steps that lead to its node in a YAML document,
// so a caller outside the simulator can point at the line that is wrong.

/** One step: a mapping key (string) or a sequence index (number). */
export type PathStep = string | number;

/**
 * `spec.containers[0].resources.limits[memory]` → `['spec', 'containers', 0, 'resources',
 * 'limits', 'memory']`. A bracket holding only digits becomes a number; when the node at that
 * point is a mapping, look the number up as a string key (`data[123]`). Map keys may hold dots
 * and slashes (`metadata.annotations[example.com/x]`): everything up to the closing bracket is
 * one key. The empty path gives `[]`.
 */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  let name = '';
  const flush = (): void => {
    if (name) steps.push(name);
    name = '';
  };
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      flush();
      i++;
    } else if (ch === '[') {
      flush();
      const close = path.indexOf(']', i + 1);
      const inside = close === -1 ? path.slice(i + 1) : path.slice(i + 1, close);
      steps.push(/^\d+$/.test(inside) ? Number(inside) : inside);
      i = close === -1 ? path.length : close + 1;
    } else {
      name += ch;
      i++;
    }
  }
  flush();
  return steps;
}
