// `cordon`, `uncordon`, `drain`: what DrainCmdOptions.Complete checks before it talks to the API
// server (staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go).
import { errorText, flagErrorText, usageErrorText } from '../errors.js';
import { parseLabelSelector } from '../select/labels.js';
import { fail, type Flags, parseDryRun } from './common.js';
import type { Built } from './verbs-read.js';

const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration, in milliseconds; undefined when Go would refuse the text. */
export function parseGoDuration(text: string): number | undefined {
  const body = text.replace(/^[+-]/, '');
  if (body === '0') return 0;
  const parts = [...body.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)];
  if (body === '' || parts.map((p) => p[0]).join('') !== body) return undefined;
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
  return text.startsWith('-') ? -ms : ms;
}

export function buildNodeMaintenance(verb: 'cordon' | 'uncordon' | 'drain', f: Flags): Built {
  const timeout = f.str('timeout');
  if (timeout !== undefined && parseGoDuration(timeout) === undefined) {
    return fail(flagErrorText(`invalid argument ${JSON.stringify(timeout)} for "--timeout" flag: time: invalid duration ${JSON.stringify(timeout)}`, verb));
  }
  const nodes = f.args.positionals;
  const selector = f.str('selector');
  if (nodes.length === 0 && !f.has('selector')) return fail(usageErrorText(`USAGE: ${verb} NODE [flags]`, verb));
  // Note: drain.go's own message starts with "error: "; checkErr adds no second prefix.
  if (nodes.length > 0 && selector) return fail(usageErrorText('cannot specify both a node name and a --selector option', verb));
  const dry = parseDryRun(f);
  if (!dry.ok) return fail(errorText(dry.message));
  const podSelector = f.str('pod-selector');
  if (podSelector && !parseLabelSelector(podSelector).ok) return fail(errorText('--pod-selector=<pod_selector> must be a valid label selector'));
  return {
    ok: true,
    request: {
      verb, ...(f.str('namespace') !== undefined ? { namespace: f.str('namespace') } : {}), nodes,
      ...(selector ? { selector } : {}), dryRun: dry.dryRun, force: f.bool('force'), ignoreDaemonsets: f.bool('ignore-daemonsets'),
      deleteEmptyDirData: f.bool('delete-emptydir-data') || f.bool('delete-local-data'), gracePeriod: f.int('grace-period', -1),
      ...(podSelector ? { podSelector } : {}),
    },
  };
}
