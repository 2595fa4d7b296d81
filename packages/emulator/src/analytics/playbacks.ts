import type { RecordedPlayback } from '../store/watch.js';
import { parseUserAgent } from './user-agent.js';

export const LOADED = 1;
export const PLAY = 2;
export const TIMEUPDATE = 4;
export const ENDED = 6;
export const SEEKING = 7;

/** A beacon is due every 5 s while playing: a playback whose last event says "playing" is counted that long more. */
const STILL_PLAYING_MS = 10_000;

/** What the metrics read about one playback (one `pid`): its dimensions and when each thing happened. */
export interface Playback {
  mediaId: string;
  mediaType: 'video' | 'live-stream' | undefined;
  browser: string;
  operatingSystem: string;
  deviceType: string;
  referrer: string;
  /** Who watched, for `unique`: the User-Agent and IP address. */
  viewer: string;
  /** First `loaded` event. */
  impressionAt: number | undefined;
  /** First `play` event. */
  playAt: number | undefined;
  /** First event showing the time advancing while playing: the first frame. */
  startAt: number | undefined;
  /** First `ended` event. */
  endAt: number | undefined;
  /** Seconds of media watched, each added at the event that reported it. */
  watched: { at: number; seconds: number }[];
  /** Spans of wall-clock time while playing, ms. */
  playing: [number, number][];
}

const mediaType = (id: string) => (id.startsWith('vi') ? 'video' : id.startsWith('li') ? 'live-stream' : undefined);

/** Derives a playback's facts from its recorded events (in time order). */
export function toPlayback(recorded: RecordedPlayback): Playback {
  const { events } = recorded;
  const firstOf = (typ: number) => events.find((event) => event.typ === typ)?.eat;
  const watched: Playback['watched'] = [];
  const playing: Playback['playing'] = [];
  let startAt: number | undefined;
  for (let i = 1; i < events.length; i++) {
    const before = events[i - 1]!;
    const after = events[i]!;
    if (before.pau) continue;
    playing.push([before.eat, after.eat]);
    // Media time moved forward while playing, and not by a seek: that much was watched.
    const seconds = after.typ === SEEKING ? 0 : after.vti - before.vti;
    if (seconds > 0) {
      watched.push({ at: after.eat, seconds });
      startAt ??= after.eat;
    }
  }
  const last = events.at(-1);
  if (last && !last.pau && last.typ !== ENDED) playing.push([last.eat, last.eat + STILL_PLAYING_MS]);
  return {
    mediaId: recorded.mediaId,
    mediaType: mediaType(recorded.mediaId),
    ...parseUserAgent(recorded.userAgent),
    referrer: recorded.referrer,
    viewer: `${recorded.userAgent}\n${recorded.ip}`,
    impressionAt: firstOf(LOADED),
    playAt: firstOf(PLAY),
    startAt,
    endAt: firstOf(ENDED),
    watched,
    playing,
  };
}

/** When the playback had watched `seconds` in total, or undefined if it never did. */
export function viewedAt(playback: Playback, seconds: number): number | undefined {
  let total = 0;
  for (const { at, seconds: more } of playback.watched) {
    total += more;
    if (total >= seconds) return at;
  }
  return undefined;
}
