// Runs the real kubectl (v1.32) against the fake API server and records what it prints.
// Used only to (re)capture fixtures; the printer tests read the stored fixtures.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeApiServer, type FakeWorld } from './fake-apiserver.js';

/** What one kubectl invocation printed. */
export interface Captured {
  readonly argv: readonly string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function reportsV132(bin: string): boolean {
  try {
    return /Client Version: v1\.32\./.test(execFileSync(bin, ['version', '--client'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

/** The kubectl v1.32 binary to capture with: $PODLAB_KUBECTL, a `kubectl.1.32` beside kubectl, or kubectl. */
export function findKubectl132(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PODLAB_KUBECTL) candidates.push(process.env.PODLAB_KUBECTL);
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const bin = join(dir, 'kubectl');
    if (!existsSync(bin)) continue;
    const real = realpathSync(bin);
    const versioned = readdirSync(dirname(real)).find((f) => f === 'kubectl.1.32');
    if (versioned) candidates.push(join(dirname(real), versioned));
    candidates.push(real);
  }
  return candidates.find(reportsV132);
}

/** Epoch ms at which the fixtures' clock reads "now" (objects are written relative to it). */
export const FIXTURE_NOW = Date.UTC(2025, 0, 1, 0, 10, 0);

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;

function shiftTimes(v: unknown, deltaMs: number): unknown {
  if (typeof v === 'string') {
    const m = RFC3339.exec(v);
    if (!m) return v;
    // Note: delta is whole seconds, so the fraction of a MicroTime stays as written.
    return `${new Date(Date.parse(v) + deltaMs).toISOString().slice(0, 19)}${m[7] ?? ''}Z`;
  }
  if (Array.isArray(v)) return v.map((x) => shiftTimes(x, deltaMs));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shiftTimes(x, deltaMs)]));
  return v;
}

function collectTimes(v: unknown, into: Set<number>): void {
  if (typeof v === 'string' && RFC3339.test(v)) into.add(Date.parse(v));
  else if (Array.isArray(v)) v.forEach((x) => collectTimes(x, into));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collectTimes(x, into));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z in UTC. */
function rfc1123z(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

function unshiftOutput(text: string, times: Set<number>, deltaMs: number): string {
  let out = text;
  for (const t of times) {
    out = out.split(rfc1123z(t + deltaMs)).join(rfc1123z(t));
    out = out.split(new Date(t + deltaMs).toISOString().replace(/\.000Z$/, 'Z')).join(new Date(t).toISOString().replace(/\.000Z$/, 'Z'));
  }
  return out;
}

function run(bin: string, argv: readonly string[], env: NodeJS.ProcessEnv, stdin: string): Promise<Omit<Captured, 'argv'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, exitCode: code ?? -1 }));
    child.stdin.end(stdin);
  });
}

/** Waits for the start of the next wall-clock second, so ages print the same on every capture. */
function nextSecond(): Promise<number> {
  const wait = 1000 - (Date.now() % 1000) + 5;
  return new Promise((resolve) => setTimeout(() => resolve(Math.floor(Date.now() / 1000) * 1000), wait));
}

/**
 * Runs `kubectl ARGV` against a fake server holding `world`. With `clock`, the world's
 * timestamps are moved so the real clock reads FIXTURE_NOW for kubectl, and moved back in the output.
 */
export async function captureKubectl(bin: string, world: FakeWorld, argv: readonly string[], opts: { readonly stdin?: string; readonly clock?: boolean; readonly files?: Readonly<Record<string, string>> } = {}): Promise<Captured> {
  const dir = mkdtempSync(join(tmpdir(), 'podlab-kubectl-'));
  const delta = opts.clock ? (await nextSecond()) - FIXTURE_NOW : 0;
  const served: FakeWorld = delta ? { ...world, objects: world.objects.map((o) => shiftTimes(o, delta) as Record<string, unknown>) } : world;
  const server = await startFakeApiServer(served);
  try {
    const kubeconfig = join(dir, 'config');
    writeFileSync(kubeconfig, [
      'apiVersion: v1', 'kind: Config',
      `clusters: [{name: fake, cluster: {server: "${server.url}"}}]`,
      'contexts: [{name: fake, context: {cluster: fake, user: fake}}, {name: other, context: {cluster: fake, user: fake, namespace: dev}}]',
      'users: [{name: fake, user: {}}]', 'current-context: fake', '',
    ].join('\n'));
    for (const [name, text] of Object.entries(opts.files ?? {})) writeFileSync(join(dir, name), text);
    const env = { PATH: process.env.PATH, HOME: dir, KUBECONFIG: kubeconfig, TZ: 'UTC', LANG: 'C', KUBECTL_KUBERC: 'false' };
    const result = await run(bin, argv.map((a) => a.replace('{dir}', dir)), { ...env }, opts.stdin ?? '');
    const times = new Set<number>();
    collectTimes(world.objects, times);
    const clean = (s: string) => (delta ? unshiftOutput(s, times, delta) : s).split(dir).join('{dir}');
    return { argv, stdout: clean(result.stdout), stderr: clean(result.stderr), exitCode: result.exitCode };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
