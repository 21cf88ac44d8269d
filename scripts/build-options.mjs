// The one esbuild configuration: the build, the bench's yardstick and the bundle test share it.
export const buildOptions = {
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  // Code splitting keeps ink, react, yaml and conf in chunks that only the commands needing them
  // import, so `podlab --version` parses one small file.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  chunkNames: 'chunks/[name]-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Note: ink imports react-devtools-core only in development; marking it external fails at run time.
  alias: { 'react-devtools-core': './scripts/stub-devtools.mjs' },
  banner: {
    // CommonJS dependencies inside an ES module bundle need a require of their own.
    js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};
