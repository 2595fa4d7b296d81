import type { FastifyRequest } from 'fastify';
import { badRequest } from '../problems.js';
import type { ApiProblem } from '../problems.js';

/** One page of a list, shaped like api.video's list responses. */
export interface Page<T> {
  data: T[];
  pagination: {
    itemsTotal: number;
    pagesTotal: number;
    pageSize: number;
    currentPage: number;
    currentPageItems: number;
    links: { rel: string; uri: string }[];
  };
}

function invalidQuery(name: string, title: string): ApiProblem {
  return badRequest('request-invalid-query-parameter', title, name);
}

/** Reads an integer query parameter within bounds, or throws api.video's 400. */
export function integerQuery(
  query: Record<string, unknown>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidQuery(name, `This parameter must be an integer between ${min} and ${max}.`);
  }
  return value;
}

/** Reads `sortOrder` (asc|desc). */
export function sortOrderQuery(query: Record<string, unknown>): 'asc' | 'desc' {
  const raw = query['sortOrder'];
  if (raw === undefined || raw === '') return 'asc';
  if (raw !== 'asc' && raw !== 'desc') throw invalidQuery('sortOrder', 'This parameter must be "asc" or "desc".');
  return raw;
}

/** Reads `sortBy` among the allowed fields. */
export function sortByQuery<K extends string>(query: Record<string, unknown>, allowed: readonly K[]): K | undefined {
  const raw = query['sortBy'];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw invalidQuery('sortBy', `This parameter must be one of: ${allowed.join(', ')}.`);
  }
  return raw as K;
}

/** Sorts a copy of `items` by a string field. */
export function sortItems<T>(items: T[], field: keyof T | undefined, order: 'asc' | 'desc'): T[] {
  if (!field) return order === 'desc' ? [...items].reverse() : items;
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * String(a[field] ?? '').localeCompare(String(b[field] ?? '')));
}

/** Cuts `items` into the page `currentPage`/`pageSize` of the request and builds the `pagination` links. */
export function paginate<T>(request: FastifyRequest, baseUrl: string, items: T[]): Page<T> {
  const query = request.query as Record<string, unknown>;
  const currentPage = integerQuery(query, 'currentPage', 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = integerQuery(query, 'pageSize', 25, 1, 100);
  const itemsTotal = items.length;
  const pagesTotal = Math.max(1, Math.ceil(itemsTotal / pageSize));
  const data = items.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const url = new URL(request.url, baseUrl);
  const link = (rel: string, page: number) => {
    const target = new URL(url);
    target.searchParams.set('currentPage', String(page));
    target.searchParams.set('pageSize', String(pageSize));
    return { rel, uri: target.toString() };
  };
  const links = [link('self', currentPage), link('first', 1)];
  if (currentPage > 1) links.push(link('previous', Math.min(currentPage - 1, pagesTotal)));
  if (currentPage < pagesTotal) links.push(link('next', currentPage + 1));
  links.push(link('last', pagesTotal));
  return {
    data,
    pagination: { itemsTotal, pagesTotal, pageSize, currentPage, currentPageItems: data.length, links },
  };
}
