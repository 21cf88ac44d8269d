// `kubectl edit` across the editor: the object was read when the command ran; the edited
// documents are saved against the cluster as it is when the editor closes (time went on).
import type { EditSession } from '../sim/kubectl/index.js';
import { editText, keptCopy, withKeptCopy } from './editor.js';
import { parseDocuments, type FileAccess } from './files.js';
import type { PracticeDeps } from './kubectl.js';
import { inCluster } from './transact.js';

export async function editAndSave(edit: EditSession, access: FileAccess, deps: PracticeDeps): Promise<number> {
  const file = deps.editFile(edit.extension);
  const edited = editText(edit.text, file, (text) => parseDocuments(access, text));
  if (!edited.ok) {
    deps.warn(edited.stderr);
    return 1;
  }
  const saved = await inCluster(deps, ({ live }) => ({ value: { output: edit.finish(edited.documents, live.cluster) } }));
  if (!saved.ok) {
    deps.warn(keptCopy(file.path) + saved.message + '\n');
    return 1;
  }
  const { output } = saved.value;
  if (output.exitCode === 0) file.remove();
  const stderr = output.exitCode !== 0 ? withKeptCopy(output.stderr, file.path) : output.stderr;
  if (output.stdout) deps.out(output.stdout);
  if (stderr) deps.warn(stderr);
  if (output.hint) deps.warn(output.hint + '\n');
  return output.exitCode;
}
