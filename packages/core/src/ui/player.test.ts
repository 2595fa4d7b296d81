import { describe, expect, it } from 'vitest';
import { OptionsError, VidkitError } from '../errors.js';
import type { PlayerSnapshot } from '../player/snapshot.js';
import { defaultMessages, resolveMessages } from './messages.js';
import { playerMessages } from './player-messages.js';
import { liveBadgeLabel, parseAspectRatio, playerLiveFlag, playerOverlayText } from './player.js';

const snapshot = (patch: Partial<PlayerSnapshot>): PlayerSnapshot => ({
  status: 'loading',
  currentTime: 0,
  duration: NaN,
  buffered: 0,
  volume: 1,
  muted: false,
  rate: 1,
  qualities: [],
  quality: 'auto',
  activeQuality: undefined,
  isLive: false,
  textTracks: [],
  error: undefined,
  ...patch,
});

describe('playerLiveFlag', () => {
  it('is undefined for a VOD and before the player exists', () => {
    expect(playerLiveFlag(undefined, true)).toBeUndefined();
    expect(playerLiveFlag(snapshot({ status: 'playing' }))).toBeUndefined();
  });

  it('for a live source: offline → false, loading or error → undefined, otherwise true', () => {
    expect(playerLiveFlag(snapshot({ status: 'offline' }), true)).toBe(false);
    expect(playerLiveFlag(snapshot({ status: 'loading' }), true)).toBeUndefined();
    expect(playerLiveFlag(snapshot({ status: 'error' }), true)).toBeUndefined();
    for (const status of ['ready', 'playing', 'paused', 'buffering'] as const) {
      expect(playerLiveFlag(snapshot({ status }), true)).toBe(true);
    }
    // A source the adapter did not know was live, found live by the player.
    expect(playerLiveFlag(snapshot({ status: 'playing', isLive: true }))).toBe(true);
  });
});

describe('playerOverlayText and liveBadgeLabel', () => {
  it('says why nothing plays, in the messages given', () => {
    expect(playerOverlayText(snapshot({ status: 'offline', isLive: true }), defaultMessages)).toBe(
      defaultMessages.liveOffline,
    );
    const error = new VidkitError('playback_error', 'Playback failed (manifestLoadError).');
    expect(playerOverlayText(snapshot({ status: 'error', error }), defaultMessages)).toBe(
      'The video cannot be played: Playback failed (manifestLoadError).',
    );
    expect(playerOverlayText(snapshot({ status: 'playing' }), defaultMessages)).toBeUndefined();
    expect(playerOverlayText(snapshot({ status: 'processing' }), defaultMessages)).toBe(
      'This video is being processed. It plays as soon as it is ready.',
    );
    const failed = new VidkitError('encoding_failed', 'every rendition failed');
    expect(playerOverlayText(snapshot({ status: 'error', error: failed }), defaultMessages)).toBe(
      'This video could not be processed.',
    );
    const missing = new VidkitError('not_found', 'manifest 404');
    expect(playerOverlayText(snapshot({ status: 'error', error: missing }), defaultMessages)).toBe(
      'This video does not exist.',
    );
    expect(playerOverlayText(undefined, defaultMessages)).toBeUndefined();
    const french = resolveMessages({ liveOffline: 'Le direct est hors ligne.' });
    expect(playerOverlayText(snapshot({ status: 'offline' }), french)).toBe('Le direct est hors ligne.');
  });

  it('labels each badge status, overrides included', () => {
    expect(liveBadgeLabel('live', defaultMessages)).toBe('Live');
    expect(liveBadgeLabel('unknown', defaultMessages)).toBe('Checking…');
    expect(liveBadgeLabel('offline', resolveMessages({ liveBadge: { offline: 'Hors ligne' } }))).toBe('Hors ligne');
    expect(liveBadgeLabel('error', playerMessages({ liveBadge: { offline: 'Hors ligne' } }))).toBe(
      'Status unavailable',
    );
    expect(liveBadgeLabel('offline', playerMessages({ liveBadge: { offline: 'Hors ligne' } }))).toBe('Hors ligne');
  });
});

describe('playerMessages', () => {
  it('are the defaults of the player and badge texts, with overrides on top', () => {
    const { playerTitle, liveOffline, processing, processingFailed, videoNotFound, playbackFailed, liveBadge } =
      defaultMessages;
    const texts = { liveOffline, processing, processingFailed, videoNotFound, playbackFailed, liveBadge };
    expect(playerMessages()).toEqual({ playerTitle, ...texts });
    expect(playerMessages({ playerTitle: 'Lecteur vidéo', dropPrompt: () => 'x' })).toEqual({
      playerTitle: 'Lecteur vidéo',
      ...texts,
    });
  });
});

describe('parseAspectRatio', () => {
  it('accepts positive numbers and W/H or W:H strings', () => {
    expect(parseAspectRatio(1.5)).toBe('1.5');
    expect(parseAspectRatio('16/9')).toBe('16 / 9');
    expect(parseAspectRatio(' 16 / 9 ')).toBe('16 / 9');
    expect(parseAspectRatio('4:3')).toBe('4 / 3');
    expect(parseAspectRatio('2.39:1')).toBe('2.39 / 1');
    expect(parseAspectRatio('.5/1')).toBe('0.5 / 1');
  });

  it('throws OptionsError (invalid_options) with the value for anything else', () => {
    const bad: unknown[] = [
      0,
      -1,
      NaN,
      Infinity,
      '',
      '16',
      '16/0',
      '0:9',
      '-16/9',
      '16/9/1',
      'auto',
      '16 x 9',
      '1e3/1',
    ];
    bad.push(null, undefined, {}, ['16', '9']);
    for (const value of bad) {
      let thrown: unknown;
      try {
        parseAspectRatio(value as string);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(value)).toBeInstanceOf(OptionsError);
      expect((thrown as OptionsError).code).toBe('invalid_options');
    }
    expect(() => parseAspectRatio('16 x 9')).toThrow('aspectRatio must be a positive number or "W/H" or "W:H"');
    expect(() => parseAspectRatio('16 x 9')).toThrow('not "16 x 9"');
  });
});
