/**
 * True in a browser page or any browser worker (dedicated, shared, service; classic or module: every one has
 * `importScripts`): somewhere an API key would be visible to the user. Node, Deno, Bun and Cloudflare Workers have
 * no `importScripts`.
 */
export function isBrowserLike(): boolean {
  const g = globalThis as {
    window?: unknown;
    document?: unknown;
    importScripts?: unknown;
    navigator?: { product?: string };
  };
  if (typeof g.window !== 'undefined' && typeof g.document !== 'undefined') return true;
  // Web workers: no document, but importScripts and no Node process.
  if (typeof g.importScripts === 'function') return true;
  return false;
}

/** Development-only warnings; bundlers drop them when NODE_ENV is production. */
export function devWarn(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV;
  if (env !== 'production') console.warn(`[vidkit] ${message}`);
}
