// What a container runs, from its image and its command/args, and the environment it gets.

import { assignOwn, defineOwn } from '../own-props.js';
import type { ImageConfig } from './types.js';

/**
 * The process argv. Note: mirrors containerd's WithProcessArgs (internal/cri/opts/spec_linux.go):
 * `command` replaces ENTRYPOINT and `args` replaces CMD; a command without args drops CMD; with
 * neither, ENTRYPOINT + CMD. An empty result is containerd's "no command specified".
 */
export function containerArgv(image: ImageConfig, command?: readonly string[], args?: readonly string[]): { readonly argv: readonly string[] } | { readonly error: string } {
  const cmd = command ?? [];
  const rest = args ?? [];
  const argv = cmd.length ? [...cmd, ...rest] : [...image.entrypoint, ...(rest.length ? rest : image.cmd)];
  return argv.length ? { argv } : { error: 'no command specified' };
}

/**
 * The process environment: the image's ENV, then HOSTNAME (set by the runtime), then the
 * container's env from the kubelet (later wins); HOME defaults to /root as runc does for root.
 */
export function containerEnv(image: ImageConfig, hostname: string, podEnv: Readonly<Record<string, string>> = {}): Record<string, string> {
  // `{ ...image.env, HOSTNAME: hostname, ...podEnv }`, copied property by property (own-props.ts).
  const env: Record<string, string> = assignOwn({}, image.env);
  defineOwn(env, 'HOSTNAME', hostname);
  assignOwn(env, podEnv);
  if (env.HOME === undefined) env.HOME = '/root';
  return env;
}

/**
 * The kubelet's `$(VAR)` expansion of command and args with the container's env vars: a defined
 * variable is replaced, an undefined one is kept as written, `$$` is a literal `$`.
 * Note: mirrors third_party/forked/golang/expansion/expand.go (used by ExpandContainerCommandAndArgs).
 */
export function expandKubeVars(input: string, env: Readonly<Record<string, string>>): string {
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let advance = 1;
    if (rest[0] === '$') out += '$';
    else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1);
      if (close < 0) out += '$(';
      else {
        const name = rest.slice(1, close);
        out += Object.prototype.hasOwnProperty.call(env, name) ? env[name] : `$(${name})`;
        advance = close + 1;
      }
    } else out += '$' + rest[0];
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
