// Dispatches a command path (`get`, `create deployment`, `set image` ...) to its request builder.
import { errorText } from '../errors.js';
import { fail, type Flags } from './common.js';
import { buildCreateKind, buildRun } from './verbs-generate.js';
import { buildNodeMaintenance } from './verbs-node.js';
import { type Built, buildConfig, buildDescribe, buildExplain, buildGet, buildLogs, buildSimple, buildTop } from './verbs-read.js';
import { buildDelete, buildEdit, buildExec, buildExpose, buildManifest, buildMeta, buildScale, buildSetImage, buildSetResources } from './verbs-write.js';

export function buildRequest(path: string, f: Flags): Built {
  switch (path) {
    case 'get': return buildGet(f);
    case 'describe': return buildDescribe(f);
    case 'logs': return buildLogs(f);
    case 'delete': return buildDelete(f);
    case 'apply': return buildManifest('apply', f);
    case 'create': return buildManifest('create', f);
    case 'replace': return buildManifest('replace', f);
    case 'run': return buildRun(f);
    case 'expose': return buildExpose(f);
    case 'label': return buildMeta('label', f);
    case 'annotate': return buildMeta('annotate', f);
    case 'set image': return buildSetImage(f);
    case 'set resources': return buildSetResources(f);
    case 'edit': return buildEdit(f);
    case 'exec': return buildExec(f);
    case 'scale': return buildScale(f);
    case 'cordon': case 'uncordon': case 'drain': return buildNodeMaintenance(path, f);
    case 'explain': return buildExplain(f);
    case 'version': return buildSimple('version', f);
    case 'api-resources': return buildSimple('api-resources', f);
    case 'create secret':
    case 'create service':
    case 'set':
      return f.args.positionals.length > 0
        ? fail(errorText(`unknown command ${JSON.stringify(f.args.positionals[0])} for "kubectl ${path}"`), { key: 'help', vars: {} })
        : fail('', { key: 'help', vars: {} });
    default:
      if (path.startsWith('create ')) return buildCreateKind(path, f);
      if (path.startsWith('top')) return buildTop(path, f);
      if (path.startsWith('config')) return buildConfig(path, f);
      return fail('', { key: 'notSimulated', vars: { command: path } });
  }
}
