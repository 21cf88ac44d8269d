// `images[]` of a Scenario: images the learner invents (`shop/checkout:2.0`) with their
// registry facts (size, pull time), their config (entrypoint, cmd, env, stop signal) and the
// behaviour of their program.
import type { ScenarioImage, Userland } from '../images/types.js';
import { valueAsNumber } from '../quantity.js';
import { parseImageRef } from '../images/reference.js';
import { decodeBehavior, SIGNALS } from './behavior.js';
import { at, child, type Reader } from './fields.js';

const USERLANDS: readonly Userland[] = ['busybox', 'gnu', 'none'];
const FIELDS = ['image', 'size', 'pullTime', 'entrypoint', 'cmd', 'env', 'stopSignal', 'userland', 'behavior'];

function image(r: Reader, v: unknown, path: string): ScenarioImage | undefined {
  const raw = r.record(v, path, FIELDS);
  if (!raw) return undefined;
  const name = r.string(raw.image, child(path, 'image'), { required: true });
  if (name !== undefined && 'error' in parseImageRef(name)) {
    r.invalid(child(path, 'image'), name, 'must be an image reference such as shop/checkout:2.0');
  }
  const size = r.quantity(raw.size, child(path, 'size'));
  const pullMs = r.duration(raw.pullTime, child(path, 'pullTime'));
  const entrypoint = r.strings(raw.entrypoint, child(path, 'entrypoint'));
  const cmd = r.strings(raw.cmd, child(path, 'cmd'));
  const env = r.stringMap(raw.env, child(path, 'env'));
  const stopSignal = r.oneOf(raw.stopSignal, child(path, 'stopSignal'), SIGNALS);
  const userland = r.oneOf(raw.userland, child(path, 'userland'), USERLANDS);
  const behaviour = decodeBehavior(r, raw.behavior, child(path, 'behavior'));
  if (name === undefined) return undefined;
  return {
    image: name, behaviour,
    ...(size ? { sizeBytes: valueAsNumber(size) } : {}), ...(pullMs !== undefined ? { pullMs } : {}),
    ...(entrypoint ? { entrypoint } : {}), ...(cmd ? { cmd } : {}), ...(env ? { env } : {}),
    ...(stopSignal ? { stopSignal } : {}), ...(userland ? { userland } : {}),
  };
}

export function decodeImages(r: Reader, v: unknown, path: string): ScenarioImage[] {
  return (r.list(v, path) ?? []).flatMap((item, i) => image(r, item, at(path, i)) ?? []);
}
