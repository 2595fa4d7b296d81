import { viewedAt, type Playback } from './playbacks.js';

/** A time window, ms since the epoch; `to` is exclusive, as api.video's. */
export interface Window {
  from: number;
  to: number;
}

/** What counting needs besides the playbacks: the window, `unique`, the view duration and the clock. */
export interface Counting {
  window: Window;
  unique: boolean;
  /** Seconds a playback must have watched to be a view. */
  viewSeconds: number;
  now: number;
}

const DAY_MS = 24 * 3600_000;
const LIVE_MS = 20_000;

const inside = (at: number | undefined, { from, to }: Window): at is number =>
  at !== undefined && at >= from && at < to;

/** How many playbacks had their moment in the window; with `unique`, how many viewers (by UA and IP, per day). */
function count(playbacks: Playback[], at: (p: Playback) => number | undefined, counting: Counting): number {
  const seen = new Set<string>();
  let total = 0;
  for (const playback of playbacks) {
    const moment = at(playback);
    if (!inside(moment, counting.window)) continue;
    if (!counting.unique) total++;
    else seen.add(`${Math.floor(moment / DAY_MS)}\n${playback.viewer}`);
  }
  return counting.unique ? seen.size : total;
}

/** The spans of time while playing, cut to the window. */
function spans(playbacks: Playback[], { from, to }: Window): { playback: Playback; span: [number, number] }[] {
  return playbacks.flatMap((playback) =>
    playback.playing
      .map(([start, end]): [number, number] => [Math.max(start, from), Math.min(end, to)])
      .filter(([start, end]) => end > start)
      .map((span) => ({ playback, span })),
  );
}

/** The most playbacks (or viewers, with `unique`) playing at the same moment of the window. */
function peak(playbacks: Playback[], counting: Counting): number {
  const edges = spans(playbacks, counting.window).flatMap(({ playback, span: [start, end] }) => [
    { at: start, delta: 1, who: counting.unique ? playback.viewer : playback },
    { at: end, delta: -1, who: counting.unique ? playback.viewer : playback },
  ]);
  // Ends before starts at the same moment: back-to-back spans of one playback are one viewer, not two.
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const active = new Map<unknown, number>();
  let best = 0;
  for (const { delta, who } of edges) {
    const next = (active.get(who) ?? 0) + delta;
    if (next > 0) active.set(who, next);
    else active.delete(who);
    best = Math.max(best, active.size);
  }
  return best;
}

/** Average concurrent viewers over the window: the time spent playing divided by the window's length. */
function averageConcurrency(playbacks: Playback[], { window }: Counting): number {
  const playingMs = spans(playbacks, window).reduce((sum, { span: [start, end] }) => sum + end - start, 0);
  return round(playingMs / Math.max(1, window.to - window.from));
}

function watchedSeconds(playbacks: Playback[], window: Window): number[] {
  return playbacks
    .map((playback) => playback.watched.filter(({ at }) => inside(at, window)).reduce((sum, w) => sum + w.seconds, 0))
    .filter((seconds) => seconds > 0);
}

function impressionTimes(playbacks: Playback[], window: Window): number[] {
  return playbacks
    .filter((p) => inside(p.startAt, window) && p.playAt !== undefined)
    .map((p) => Math.max(0, p.startAt! - p.playAt!));
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const sum = (values: number[]) => round(values.reduce((total, value) => total + value, 0));
const average = (values: number[]) => (values.length ? round(sum(values) / values.length) : 0);

const plays = (playbacks: Playback[], counting: Counting) => count(playbacks, (p) => p.playAt, counting);
const impressions = (playbacks: Playback[], counting: Counting) => count(playbacks, (p) => p.impressionAt, counting);

/** Each metric an endpoint offers, by the name it has there (`play` + `count`, or `play-rate` in a breakdown). */
export const METRICS: Record<string, (playbacks: Playback[], counting: Counting) => number> = {
  'play-count': plays,
  'play-rate': (p, c) => {
    const shown = impressions(p, c);
    return shown ? round(plays(p, c) / shown) : 0;
  },
  // api.video ignores the window for the total: every play still kept.
  'play-total': (p, c) => plays(p, { ...c, window: { from: 0, to: Number.MAX_SAFE_INTEGER } }),
  'start-count': (p, c) => count(p, (playback) => playback.startAt, c),
  'end-count': (p, c) => count(p, (playback) => playback.endAt, c),
  'impression-count': impressions,
  'impression-time-average': (p, c) => average(impressionTimes(p, c.window)),
  'impression-time-sum': (p, c) => sum(impressionTimes(p, c.window)),
  'watch-time-average': (p, c) => average(watchedSeconds(p, c.window)),
  'watch-time-sum': (p, c) => sum(watchedSeconds(p, c.window)),
  'ccv-peak': peak,
  'ccv-average': averageConcurrency,
  // The last 20 seconds, whatever the window asked.
  'ccv-live': (p, c) => peak(p, { ...c, window: { from: c.now - LIVE_MS, to: c.now } }),
  'view-count': (p, c) => count(p, (playback) => viewedAt(playback, c.viewSeconds), c),
};

/** The valid `{metric}/{aggregation}` pairs of `/data/metrics`, each a key of {@link METRICS}. */
export const AGGREGATES: Record<string, readonly string[]> = {
  play: ['count', 'rate', 'total'],
  start: ['count'],
  end: ['count'],
  impression: ['count'],
  'impression-time': ['average', 'sum'],
  'watch-time': ['average', 'sum'],
  ccv: ['peak', 'live'],
  view: ['count'],
};

/** The metrics of `/data/buckets` and `/data/timeseries`, as keys of {@link METRICS}. */
export const SERIES_METRICS: Record<string, string> = {
  play: 'play-count',
  'play-rate': 'play-rate',
  'play-total': 'play-total',
  start: 'start-count',
  end: 'end-count',
  impression: 'impression-count',
  'ccv-peak': 'ccv-peak',
  'ccv-average': 'ccv-average',
  view: 'view-count',
};
