// PATH lookup inside an image: the image's own programs, then its userland (busybox applets or GNU
// tools), then executable scripts in its filesystem (a ConfigMap-mounted script, for example).

import { FILE_TOOLS } from '../shell/commands/files.js';
import { NET_TOOLS } from '../shell/commands/net.js';
import { SYS_TOOLS } from '../shell/commands/sys.js';
import { TEXT_TOOLS } from '../shell/commands/text.js';
import type { CommandImpl, Lookup } from '../shell/command-types.js';
import type { Userland } from '../images/types.js';
import { baseName, parentOf, resolvePath } from './paths.js';
import { K8S_PROGRAMS } from './programs/k8s.js';
import { MYSQL_PROGRAMS } from './programs/mysql.js';
import { POSTGRES_PROGRAMS } from './programs/postgres.js';
import { REDIS_PROGRAMS } from './programs/redis.js';
import { WEB_PROGRAMS } from './programs/web.js';
import type { ProcWorld } from './types.js';

/** Programs by id (the values of an image's `programs`). */
export const PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  ...WEB_PROGRAMS, ...REDIS_PROGRAMS, ...MYSQL_PROGRAMS, ...POSTGRES_PROGRAMS, ...K8S_PROGRAMS,
  curl: NET_TOOLS.curl, bash: SYS_TOOLS.bash, sh: SYS_TOOLS.sh,
};

const { bash, dash, ash, ...COMMON } = { ...FILE_TOOLS, ...TEXT_TOOLS, ...SYS_TOOLS };
const BUSYBOX: Readonly<Record<string, CommandImpl>> = { ...COMMON, ash, nslookup: NET_TOOLS.nslookup, nc: NET_TOOLS.nc, wget: NET_TOOLS.wget, httpd: WEB_PROGRAMS['busybox-httpd'] };
const GNU: Readonly<Record<string, CommandImpl>> = { ...COMMON, bash, dash };

/** Tools that exist in the userland but are not simulated: running one is a warning, not "not found". */
const UNMODELLED: Readonly<Record<Userland, ReadonlySet<string>>> = {
  busybox: new Set(('awk sed cut tr xargs find ps top free df du vi ping ping6 traceroute netstat ip ifconfig route telnet md5sum sha1sum ' +
    'sha256sum sha512sum base64 expr which timeout watch gzip gunzip tar unzip stat readlink realpath mktemp od hexdump less more mount ' +
    'umount dmesg uptime nproc getent killall pkill pgrep pidof su passwd adduser addgroup crond crontab logger arping flock fold ' +
    'diff cmp strings rev tac install truncate usleep split nl paste join comm bc dc iostat mpstat lsof nsenter chroot setsid').split(' ')),
  gnu: new Set(('awk mawk sed cut tr xargs find expr which timeout stat readlink realpath mktemp base64 md5sum sha1sum sha256sum gzip ' +
    'gunzip tar perl getent uptime nproc df du mount umount dmesg su passwd diff cmp tac install truncate split nl paste join comm ' +
    'flock fold setsid chroot nsenter logger').split(' ')),
  none: new Set(),
};

const BIN_DIRS = ['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'];

function userlandTools(u: Userland): Readonly<Record<string, CommandImpl>> {
  return u === 'busybox' ? BUSYBOX : u === 'gnu' ? GNU : {};
}

/** An executable script in the filesystem: its `#!` line names the interpreter (default sh). */
function scriptFile(path: string): CommandImpl {
  return (argv, ctx) => {
    const text = ctx.world.fs.read(path) ?? '';
    const bang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(text);
    if (!bang) return { kind: 'exec', argv: ['sh', path, ...argv.slice(1)] };
    const [interp, arg] = baseName(bang[1]) === 'env' && bang[2] ? [bang[2], undefined] : [bang[1], bang[2]];
    return { kind: 'exec', argv: [interp, ...(arg ? [arg] : []), path, ...argv.slice(1)] };
  };
}

const found = (impl: CommandImpl): Lookup => ({ kind: 'found', impl });
const own = (id: string | undefined) => (id === undefined ? undefined : PROGRAMS[id]);
const OWN = Object.prototype.hasOwnProperty;
const MISSING: Lookup = { kind: 'missing' };
const UNMODELLED_HIT: Lookup = { kind: 'unmodelled' };

/**
 * What a search finds without looking at the filesystem: a program of the image, a userland
 * tool, an unmodelled tool, or `undefined` when only a script file could still match.
 */
type StaticHit = Lookup | undefined;

/**
 * Static answers per image program table (an image's `programs`, shared by every entry of a
 * catalog tag), then by userland, PATH (or working directory) and name: a shell loop looks the
 * same commands up at every iteration. They read only constant tables, so nothing invalidates
 * them (a table is emptied when it grows large); the filesystem part is never cached.
 */
const STATIC_HITS = new WeakMap<object, Map<string, StaticHit>>();
const STATIC_MAX = 512;

function cachedHit(image: ProcWorld['image'], key: string, compute: () => StaticHit): StaticHit {
  let table = STATIC_HITS.get(image.programs);
  if (!table) {
    table = new Map();
    STATIC_HITS.set(image.programs, table);
  }
  if (table.has(key)) return table.get(key);
  if (table.size >= STATIC_MAX) table.clear();
  const hit = compute();
  table.set(key, hit);
  return hit;
}

function staticByPath(image: ProcWorld['image'], path: string): StaticHit {
  const prog = own(image.programs[path]);
  if (prog) return found(prog);
  const base = baseName(path);
  if (BIN_DIRS.includes(parentOf(path))) {
    if (OWN.call(userlandTools(image.userland), base)) return found(userlandTools(image.userland)[base]);
    if (UNMODELLED[image.userland].has(base)) return UNMODELLED_HIT;
  }
  return undefined;
}

function staticBySearch(image: ProcWorld['image'], dirs: readonly string[], name: string): StaticHit {
  for (const d of dirs) {
    const prog = own(image.programs[`${d}/${name}`]);
    if (prog) return found(prog);
  }
  if (dirs.some((d) => BIN_DIRS.includes(d))) {
    const tools = userlandTools(image.userland);
    if (OWN.call(tools, name)) return found(tools[name]);
    if (UNMODELLED[image.userland].has(name)) return UNMODELLED_HIT;
  }
  return undefined;
}

/** Finds `name` as the shell's PATH search (or exec of a path) would in this container. */
export function lookupCommand(world: ProcWorld, cwd: string, name: string, env: Readonly<Record<string, string>>): Lookup {
  const image = world.image;
  const miss: Lookup = image.opaque ? UNMODELLED_HIT : MISSING;
  if (name === '') return miss;
  if (name.includes('/')) {
    const path = resolvePath(cwd, name);
    const hit = cachedHit(image, `${image.userland}\u0000/\u0000${path}`, () => staticByPath(image, path));
    if (hit) return hit;
    return world.fs.stat(path) === 'file' ? found(scriptFile(path)) : miss;
  }
  const pathVar = env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  const dirs = () => pathVar.split(':').filter(Boolean);
  const hit = cachedHit(image, `${image.userland}\u0000${pathVar}\u0000${name}`, () => staticBySearch(image, dirs(), name));
  if (hit) return hit;
  for (const d of dirs()) if (world.fs.stat(`${d}/${name}`) === 'file') return found(scriptFile(`${d}/${name}`));
  return miss;
}
