/** Loads the full-screen app (Ink, React, yoga) on demand, as fast as it can be loaded. */

/** What `importApp` resolves to. */
export type AppModule = typeof import('./run-app.js');

/**
 * Imports `run-app.js`. Note: yoga-layout's Emscripten loader, run while its module is
 * evaluated, fetch()es its inlined `data:` URL whenever a global `fetch` exists; in Node that
 * first loads undici, about 30 ms of the first frame (measured here on a bundled minimal Ink
 * app: 233 → 198 ms). Without `fetch` it decodes the same base64 in place, so `fetch` is hidden
 * while the module loads and put back right after. Nothing in podlab uses the network.
 */
export async function importApp(): Promise<AppModule> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetch?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await import('./run-app.js');
  } finally {
    if (fetch?.configurable) Object.defineProperty(globalThis, 'fetch', fetch);
  }
}
