import type { ApiRequest, HttpClient, RequestOptions } from './http-client.js';
import type { Pagination } from './types.js';

/** One page of a list response, also async-iterable over its items and every later page's. */
export interface Page<T> extends AsyncIterable<T> {
  data: T[];
  pagination: Pagination;
}

/**
 * What a list method returns: a promise of the first page that is also async-iterable over every item of every
 * page, following `pagination.links` rel `next`.
 *
 * @example
 * const first = await client.videos.list({ pageSize: 10 }); // one page
 * for await (const video of client.videos.list({ pageSize: 100 })) console.log(video.videoId); // all of them
 */
export interface PagePromise<T> extends Promise<Page<T>>, AsyncIterable<T> {}

const nextPath = (pagination: Pagination | undefined): string | undefined => {
  const uri = pagination?.links?.find((link) => link.rel === 'next')?.uri;
  if (!uri) return undefined;
  // Links are root-relative; keep only path and query so credentials never follow a foreign host.
  const url = new URL(uri, 'http://x');
  return url.pathname + url.search;
};

/** Calls a list operation and wraps its answer as a `PagePromise`. */
export function paginate<T>(http: HttpClient, request: ApiRequest, options?: RequestOptions): PagePromise<T> {
  async function* items(page: Page<T> | undefined) {
    while (page) {
      yield* page.data;
      const path = nextPath(page.pagination);
      page = path ? await http.request<Page<T>>({ ...request, path, query: undefined }, options) : undefined;
    }
  }
  const first = http.request<Page<T>>(request, options).then((page) =>
    // Non-enumerable, so the page still compares and serializes as plain API data.
    Object.defineProperty(page, Symbol.asyncIterator, { value: () => items(page) }),
  ) as PagePromise<T>;
  first[Symbol.asyncIterator] = async function* () {
    yield* items(await first);
  };
  return first;
}
