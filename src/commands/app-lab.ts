// The Lab's side of the app: its scenarios (only the lab files are read, when the Lab first
// opens), the labs saved in the practice save, and the learner's files and editor. Every save
// is one read-change-write of the practice save, so a `podlab kubectl` in another terminal is
// never overwritten.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { translator, type Lang } from '../i18n/index.js';
import type { Drill } from '../content/types.js';
import type { LabRun } from '../practice/lab/lab-run.js';
import type { LabProps, LoadedLabs } from '../ui/lab-types.js';

const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;

/** A file of labs or drills says so at its top level; the other content files are not parsed. */
const LAB_FILE = /^kind:[ \t]*(labs|drills)[ \t]*(#.*)?$/m;

async function loadScenarios(ctx: CommandContext): Promise<LoadedLabs> {
  const [{ defaultSources, loadFromFiles, readRaw, SYLLABUS_IDS }, { listSource }] = await Promise.all([import('../content/index.js'), import('../content/io.js')]);
  const files = [];
  for (const source of defaultSources(ctx.contentDirs, ctx.cwd)) {
    for (const path of (await listSource(source)).files) {
      const raw = await readRaw(path);
      if ('text' in raw && LAB_FILE.test(raw.text)) files.push(raw);
    }
  }
  const content = loadFromFiles(files, { lang: ctx.lang });
  const first = content.errors[0];
  // In the order of the syllabus, as the lessons are, so the list starts with the first Pod.
  const rank = (id: string) => SYLLABUS_IDS.indexOf(id as (typeof SYLLABUS_IDS)[number]);
  const bySyllabus = <T extends { readonly syllabus: string }>(items: readonly T[]) => [...items].sort((a, b) => rank(a.syllabus) - rank(b.syllabus));
  return {
    scenarios: bySyllabus(content.labs), drills: bySyllabus(content.drills), drillBest: await drillBest(ctx, content.drills),
    ...(first ? { problem: `${first.file}:${first.line}:${first.col}: ${first.message}` } : {}),
  };
}

/** The best score of each drill tried, from the progress file as it is on disk. */
async function drillBest(ctx: CommandContext, drills: readonly Drill[]): Promise<Record<string, number>> {
  const [{ readDisk }, { storePath }, { bestPercent }] = await Promise.all([
    import('../store/disk.js'), import('../store/location.js'), import('../practice/drills/record.js'),
  ]);
  const disk = readDisk(storePath(ctx.env));
  if (disk.kind !== 'ok') return {};
  return Object.fromEntries(drills.flatMap((d) => {
    const best = bestPercent(disk.data, d.id);
    return best === undefined ? [] : [[d.id, best]];
  }));
}

/** Grades a drill's lab on a copy, saves the attempt, and words the result as `podlab drill --check` does. */
async function checkDrill(ctx: CommandContext, drill: Drill, run: LabRun): Promise<string> {
  const [{ gradeDrill }, { gradeText }, { fileReader }, { saveAttempts }, { openStore }, { describeNotice }] = await Promise.all([
    import('../practice/drills/grade.js'), import('./drill-print.js'), import('./drill-load.js'),
    import('../practice/drills/record.js'), import('../store/store.js'), import('../store/messages.js'),
  ]);
  const grade = gradeDrill(drill, { seed: run.seed, log: run.log }, { startEpochMs: run.startEpochMs, nowMs: run.nowMs }, run.pending, fileReader(ctx.cwd));
  const notices: string[] = [];
  const now = new Date();
  // Note: store notices go into the report; the app owns the terminal, so nothing is written to stderr.
  const { store, notice } = openStore({ env: ctx.env, now: () => now, onNotice: (n) => notices.push(describeNotice(n, ctx.lang)) });
  if (notice) notices.push(describeNotice(notice, ctx.lang));
  saveAttempts(store, [[drill.id, { score: grade.score, total: grade.total }]], now);
  return gradeText(ctx.lang, drill.id, grade) + notices.map((n) => n + '\n').join('');
}

/** A drill's reference solution as the lab takes it: the manifest to save and apply, then the commands. */
function solutionOf(lang: Lang, drill: Drill): string {
  const t = labCommandText(lang);
  const { manifest, commands = [] } = drill.solution;
  const out = [t('solutionTitle')];
  if (manifest !== undefined) out.push(t('solutionManifest'), ...manifest.replace(/\n+$/, '').split('\n').map((l) => '  ' + l));
  if (commands.length > 0) out.push(manifest === undefined ? t('solutionCommands') : t('solutionThen'), ...commands.map((c) => '  ' + c));
  return out.join('\n') + '\n';
}

function saveIo(ctx: CommandContext, problems: string[]) {
  return { env: ctx.env, lang: ctx.lang, wallNow: () => Date.now(), newSeed: () => randomInt(1, 2 ** 31), warn: (text: string) => problems.push(text.trim()) };
}

/** What editing needs, loaded with the lab's files (before any command can run). */
interface EditModules {
  readonly editor: typeof import('../practice/editor.js');
  readonly files: typeof import('../practice/files.js');
  readonly read: typeof import('../manifest/read.js');
}

export function labProps(ctx: CommandContext): LabProps {
  let loaded: EditModules | undefined;
  const editorOf = () => ctx.env.KUBE_EDITOR?.trim() || ctx.env.EDITOR?.trim() || 'vi';
  return {
    loadScenarios: () => loadScenarios(ctx),
    loadRuns: async () => {
      const [{ loadPractice }] = await Promise.all([import('../practice/persist.js')]);
      const loaded = await loadPractice(ctx.env, () => undefined);
      return loaded.read.kind === 'ok' ? loaded.read.save.labs ?? {} : {};
    },
    saveRun: async (id: string, run: LabRun | undefined) => {
      const [{ withSave }, { withLab }] = await Promise.all([import('../practice/transact.js'), import('../practice/save.js')]);
      const problems: string[] = [];
      const done = await withSave(saveIo(ctx, problems), ({ save }) => ({ value: null, next: withLab(save, id, run) }));
      return done.ok ? problems[0] : done.message;
    },
    lineEnv: async (lang: Lang) => {
      const [read, files, editor] = await Promise.all([import('../manifest/read.js'), import('../practice/files.js'), import('../practice/editor.js')]);
      loaded = { read, files, editor };
      return { lang, cwd: ctx.cwd, files: files.fileEnv({ cwd: ctx.cwd, parse: read.parseManifestText }) };
    },
    editObject: (text, extension) => {
      if (!loaded) return { ok: false, stderr: 'error: the editor is not ready yet\n' };
      const { editor, files, read } = loaded;
      const file = editor.editFile(extension, ctx.env);
      const edited = editor.editText(text, file, (t) => files.parseDocuments({ cwd: ctx.cwd, parse: read.parseManifestText }, t));
      if (!edited.ok) return { ok: false, stderr: edited.stderr };
      const settle = (saved: boolean, stderr: string) => {
        if (saved) file.remove();
        return saved ? stderr : editor.withKeptCopy(stderr, file.path);
      };
      return { ok: true, documents: edited.documents, settle };
    },
    editFile: (path) => {
      const r = spawnSync(`${editorOf()} ${quote(resolve(ctx.cwd, path))}`, { shell: true, stdio: 'inherit', env: { ...ctx.env } as NodeJS.ProcessEnv });
      if (r.error) return `there was a problem with the editor "${editorOf()}": ${r.error.message}`;
      return r.status === 0 ? undefined : `there was a problem with the editor "${editorOf()}"`;
    },
    writeFile: (path, text) => {
      try {
        writeFileSync(resolve(ctx.cwd, path), text);
        return undefined;
      } catch (error) {
        return `${path}: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    checkDrill: (drill, run) => checkDrill(ctx, drill, run),
    solutionOf: (drill) => solutionOf(ctx.lang, drill),
    wallNow: () => Date.now(),
    newSeed: () => randomInt(1, 2 ** 31),
  };
}

/** Whether `podlab lab ID` names a lab; says which ones there are when it does not. */
export async function knownLab(ctx: CommandContext, id: string): Promise<boolean> {
  const { SANDBOX } = await import('../practice/lab/lab-run.js');
  if (id === SANDBOX) return true;
  const { scenarios } = await loadScenarios(ctx);
  if (scenarios.some((s) => s.id === id)) return true;
  const { closest } = await import('../cli/args.js');
  const ids = [SANDBOX, ...scenarios.map((s) => s.id)];
  const near = closest(id, ids);
  const t = labCommandText(ctx.lang);
  ctx.io.err(`${t('unknownLab', { id })}${near ? ' ' + t('didYouMean', { id: near }) : ''}\n${t('labList')}\n${ids.map((i) => '  ' + i).join('\n')}\n`);
  return false;
}

const labCommandText = translator<'unknownLab' | 'didYouMean' | 'labList' | 'solutionTitle' | 'solutionManifest' | 'solutionCommands' | 'solutionThen'>({
  en: {
    unknownLab: "podlab lab: there is no lab '{id}'.", didYouMean: 'Did you mean {id}?', labList: 'The labs:',
    solutionTitle: 'Reference solution:', solutionManifest: 'Save this manifest to a file (vi FILE), then kubectl apply -f FILE:',
    solutionCommands: 'Run:', solutionThen: 'Then run:',
  },
  ko: {
    unknownLab: "podlab lab: '{id}'라는 실습은 없습니다.", didYouMean: '혹시 {id}인가요?', labList: '실습 목록:',
    solutionTitle: '참고 풀이:', solutionManifest: '이 매니페스트를 파일로 저장(vi FILE)한 뒤 kubectl apply -f FILE:',
    solutionCommands: '실행:', solutionThen: '그다음 실행:',
  },
});
