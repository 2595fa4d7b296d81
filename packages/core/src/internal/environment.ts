interface GlobalLike {
  window?: unknown;
  document?: unknown;
  importScripts?: unknown;
  WorkerGlobalScope?: unknown;
  navigator?: { userAgent?: unknown };
}

/** Server runtimes that copy worker APIs (`self`, `WorkerGlobalScope`) name themselves in `navigator.userAgent`. */
const SERVER_AGENT = /^(Node\.js|Deno|Bun|Cloudflare-Workers)\b/;

/**
 * True in a browser page or any browser worker (dedicated, shared, service, module or classic): somewhere an API key
 * would be visible to the user. Server runtimes (Node, Deno, Bun, edge workers) are not browsers, even when they
 * provide worker globals.
 */
export function isBrowserLike(): boolean {
  const g = globalThis as GlobalLike;
  if (typeof g.window !== 'undefined' && typeof g.document !== 'undefined') return true;
  const agent = typeof g.navigator?.userAgent === 'string' ? g.navigator.userAgent : '';
  if (SERVER_AGENT.test(agent)) return false;
  // Every browser worker inherits WorkerGlobalScope; older engines are still told apart by importScripts.
  const scope = g.WorkerGlobalScope;
  if (typeof scope === 'function' && globalThis instanceof (scope as new () => unknown)) return true;
  return typeof g.importScripts === 'function';
}

/** Development-only warnings; bundlers drop them when NODE_ENV is production. */
export function devWarn(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV;
  if (env !== 'production') console.warn(`[vidkit] ${message}`);
}
