import type { RateLimitMode } from '../options.js';

/** Which of api.video's budgets a request draws from. */
export type RequestKind = 'uploads' | 'writes' | 'reads';

/** api.video's per-minute budgets (PROTOCOL.md). */
export const BUDGETS: Record<Exclude<RateLimitMode, 'off'>, Record<RequestKind, number>> = {
  sandbox: { uploads: 40, writes: 40, reads: 100 },
  production: { uploads: 100, writes: 200, reads: 500 },
};

const WINDOW_MS = 60_000;

/** The rate-limit state of one request, for its `X-RateLimit-*` headers. */
export interface RateState {
  limit: number;
  remaining: number;
  retryAfter: number;
  exceeded: boolean;
}

/** Request counts per route and per-minute windows per request kind. */
export class Traffic {
  readonly counts = new Map<string, number>();
  readonly #windows = new Map<RequestKind, { start: number; used: number }>();

  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  resetCounts(): void {
    this.counts.clear();
  }

  /** The state of a kind's window without drawing from it. */
  peek(kind: RequestKind, mode: RateLimitMode, now = Date.now()): RateState {
    const window = this.#windows.get(kind);
    const used = window && now - window.start < WINDOW_MS ? window.used : 0;
    const start = window && now - window.start < WINDOW_MS ? window.start : now;
    const limit = BUDGETS[mode === 'off' ? 'production' : mode][kind];
    return {
      limit,
      remaining: Math.max(0, limit - used),
      retryAfter: Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000)),
      exceeded: false,
    };
  }

  /** Draws one request from its kind's window. With mode 'off' the production budget is reported, never enforced. */
  take(kind: RequestKind, mode: RateLimitMode, now = Date.now()): RateState {
    let window = this.#windows.get(kind);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, used: 0 };
      this.#windows.set(kind, window);
    }
    window.used++;
    const limit = BUDGETS[mode === 'off' ? 'production' : mode][kind];
    return {
      limit,
      remaining: Math.max(0, limit - window.used),
      retryAfter: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
      exceeded: mode !== 'off' && window.used > limit,
    };
  }
}

/** Classifies a request by api.video's budgets. */
export function requestKind(method: string, routePattern: string | undefined): RequestKind {
  if (method === 'POST' && (routePattern === '/upload' || routePattern === '/videos/{videoId}/source')) {
    return 'uploads';
  }
  return method === 'GET' || method === 'HEAD' ? 'reads' : 'writes';
}
