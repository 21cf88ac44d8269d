// Bundles src/cli.ts and everything it uses into dist/ (no runtime dependencies left).
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildOptions } from './build-options.mjs';

rmSync('dist', { recursive: true, force: true });
await build(buildOptions);
const entry = 'dist/cli.js';
writeFileSync(entry, '#!/usr/bin/env node\n' + readFileSync(entry, 'utf8'));
chmodSync(entry, 0o755);
