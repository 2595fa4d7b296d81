import { badRequest } from '../problems.js';
import type { ApiProblem } from '../problems.js';
import { timestamp } from '../util/time.js';
import type { Window } from './metrics.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** api.video keeps 30 days; a little slack so that "30 days ago" computed by a client a moment before still passes. */
const OLDEST_MS = 30 * DAY_MS + 10 * 60_000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const VIEW_DURATIONS = ['3s', '5s', '10s', '30s'];

export const invalidQuery = (name: string, title: string): ApiProblem =>
  badRequest('request-invalid-query-parameter', title, name);

/** Checks a path or query value against its allowed values. */
export function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) throw invalidQuery(name, `This parameter must be one of: ${allowed.join(', ')}.`);
  return value;
}

/** `from`/`to`: by default the day before `to`, `to` now; `from` no more than 30 days back. */
export function readWindow(query: Record<string, unknown>, now: number): Window {
  const read = (name: string): number | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string' || !DATE_TIME.test(raw) || Number.isNaN(Date.parse(raw))) {
      throw invalidQuery(name, 'This parameter must be an ISO-8601 date-time.');
    }
    return Date.parse(raw);
  };
  const to = read('to') ?? now;
  const from = read('from') ?? to - DAY_MS;
  if (from > to) throw invalidQuery('from', 'The timeframe starts after it ends.');
  if (from < now - OLDEST_MS) throw invalidQuery('from', 'This parameter must be within the last 30 days.');
  return { from, to };
}

/** The window as the response's `context.timeframe` shows it. */
export const timeframe = ({ from, to }: Window) => ({ from: timestamp(from), to: timestamp(to) });

/** `viewDuration` in seconds (default 5 s) and the metric name the context gives a view with it. */
export function readViewDuration(query: Record<string, unknown>): number {
  const raw = query['viewDuration'];
  if (raw === undefined || raw === '') return 5;
  if (typeof raw !== 'string' || !VIEW_DURATIONS.includes(raw)) {
    throw invalidQuery('viewDuration', 'This view duration is invalid. Use one of "3s", "5s", "10s", "30s".');
  }
  return Number.parseInt(raw, 10);
}

export function readUnique(query: Record<string, unknown>): boolean {
  const raw = query['unique'];
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw invalidQuery('unique', 'This parameter must be a boolean.');
}

/** The metric as the response's `context` names it (`view` with `unique` and 10 s → `unique-view-10`). */
export function contextMetric(metric: string, unique: boolean, viewSeconds: number): string {
  if (metric === 'view') return `${unique ? 'unique-' : ''}view-${viewSeconds}`;
  if (metric === 'ccv' && unique) return 'unique-ccv';
  return metric;
}

/** `interval`: `minute` only for a window under an hour; by default `hour` up to 2 days, else `day`. */
export function readInterval(query: Record<string, unknown>, { from, to }: Window): { name: string; ms: number } {
  const raw = query['interval'];
  const name =
    typeof raw === 'string' && raw !== ''
      ? oneOf(raw, ['minute', 'hour', 'day'], 'interval')
      : to - from <= 2 * DAY_MS
        ? 'hour'
        : 'day';
  if (name === 'minute' && to - from >= HOUR_MS) {
    throw invalidQuery('interval', 'The minute interval needs a timeframe shorter than 60 minutes.');
  }
  return { name, ms: name === 'minute' ? 60_000 : name === 'hour' ? HOUR_MS : DAY_MS };
}
