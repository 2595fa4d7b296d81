import type { VidkitError } from '../errors.js';

/**
 * Where playback stands. `processing`: the video exists but is still encoding (its manifest answers 202); the player
 * checks again by itself and plays (if asked) the moment it can. `offline`: a live stream that is not broadcasting.
 */
export type PlayerStatus =
  'loading' | 'processing' | 'ready' | 'playing' | 'paused' | 'buffering' | 'ended' | 'offline' | 'error';

/** One rendition the viewer can pick (hls.js only; native HLS chooses by itself). */
export interface PlayerQuality {
  height: number;
  width: number;
  bitrate: number;
}

/** A text track of the video element (captions, subtitles, chapters). */
export interface PlayerTextTrack {
  kind: string;
  label: string;
  language: string;
  mode: 'disabled' | 'hidden' | 'showing';
}

/** The player's state, replaced on every change. Times in seconds. */
export interface PlayerSnapshot {
  status: PlayerStatus;
  currentTime: number;
  /** `Infinity` for live, `NaN` before metadata. */
  duration: number;
  /** End of the buffered range at the playhead. */
  buffered: number;
  volume: number;
  muted: boolean;
  rate: number;
  /** Renditions, lowest first. Empty with native HLS or a progressive source. */
  qualities: readonly PlayerQuality[];
  /** The viewer's choice: `'auto'` (adaptive) or a height. */
  quality: 'auto' | number;
  /** The height of the rendition playing now, when known. */
  activeQuality: number | undefined;
  isLive: boolean;
  textTracks: readonly PlayerTextTrack[];
  error: VidkitError | undefined;
}

export const initialSnapshot = (video: HTMLVideoElement, isLive: boolean): PlayerSnapshot => ({
  status: 'loading',
  currentTime: 0,
  duration: NaN,
  buffered: 0,
  volume: video.volume,
  muted: video.muted,
  rate: video.playbackRate,
  qualities: [],
  quality: 'auto',
  activeQuality: undefined,
  isLive,
  textTracks: [],
  error: undefined,
});

/** The buffered end of the range that holds `time`. */
export function bufferedEnd(ranges: TimeRanges, time: number): number {
  for (let i = 0; i < ranges.length; i++) {
    if (ranges.start(i) <= time + 0.25 && time <= ranges.end(i)) return ranges.end(i);
  }
  return time;
}

export const readTextTracks = (video: HTMLVideoElement): PlayerTextTrack[] =>
  Array.from(video.textTracks, (t) => ({ kind: t.kind, label: t.label, language: t.language, mode: t.mode }));
