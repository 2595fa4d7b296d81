// The script of the emulator's embed page (`/embed/vod/{id}`, `/embed/live/{id}`), bundled with @vidkit/core's
// player and hls.js into dist/embed/player.js when the emulator is built.
import { VidkitError } from '../../core/src/errors.js';
import { createPlayer } from '../../core/src/player/create-player.js';
import { openSession } from '../../core/src/player/session.js';
import { withSession } from '../../core/src/player/source.js';
import type { Player, PlayerOptions } from '../../core/src/player/types.js';
import { CONFIG_ELEMENT_ID, type EmbedConfig } from '../src/embed/page.js';
import { connectSdk, type SdkBridge, type SdkCommand } from './bridge.js';
import { parseEmbedUrl, type EmbedOptions } from './options.js';
import { createView } from './view.js';

const USER_INACTIVE_MS = 3000;

function readConfig(doc: Document): EmbedConfig {
  return JSON.parse(doc.getElementById(CONFIG_ELEMENT_ID)!.textContent ?? '') as EmbedConfig;
}

/** One loaded source: what it is, how it was asked for, and what the SDK has been told about it. */
interface Current {
  config: EmbedConfig;
  options: EmbedOptions;
  session: string | undefined;
  ready: boolean;
  played: boolean;
}

let options = parseEmbedUrl(location.href);
const view = createView(document, options);
const { video, container } = view;
const origin = location.origin;
let player: Player | undefined;
let current: Current | undefined;
let loading: AbortController | undefined;
let sdk: SdkBridge | undefined;
/** A `play` or `pause` that came before the player existed (a private video's session is on its way). */
let playWhenCreated: boolean | undefined;
const emit = (type: string, data?: Record<string, unknown>) => sdk?.emit(type, data);

async function sourceOf(config: EmbedConfig, opts: EmbedOptions, signal: AbortSignal) {
  const id = encodeURIComponent(config.id);
  if (config.type === 'live') {
    const source: Partial<PlayerOptions> = { liveStreamId: config.id, deliveryBaseUrl: origin };
    if (opts.token) source.token = opts.token;
    return { source, session: undefined, poster: config.public ? `${origin}/live/${id}/thumbnail.jpg` : undefined };
  }
  // A private video's token is single-use: one session, opened as core's player opens it, serves the manifest, the
  // poster and the mp4.
  let session = opts.session;
  if (!config.public && !session) {
    if (!opts.token) {
      throw new VidkitError(
        'playback_error',
        'This video is private: open it with the token of its assets.player URL.',
      );
    }
    session = await openSession(`${origin}/vod/${id}/token/${encodeURIComponent(opts.token)}`, signal);
  }
  // As a video object, so the player knows the id it reports plays for (to this emulator: deliveryBaseUrl).
  const hls = withSession(`${origin}/vod/${id}/hls/manifest.m3u8`, session);
  return {
    source: { video: { videoId: config.id, assets: { hls } }, deliveryBaseUrl: origin } as Partial<PlayerOptions>,
    session,
    poster: withSession(`${origin}/vod/${id}/thumbnail.jpg`, session),
  };
}

async function load(config: EmbedConfig, opts: EmbedOptions): Promise<void> {
  loading?.abort();
  const { signal } = (loading = new AbortController());
  options = opts;
  current = { config, options: opts, session: undefined, ready: false, played: false };
  view.setMessage(undefined);
  view.setTitle(config.title);
  view.setTitleHidden(opts.hideTitle);
  view.setPosterHidden(opts.hidePoster);
  view.setChromeless(opts.chromeless);
  if (view.setControls(!opts.hideControls)) emit(opts.hideControls ? 'controlsdisabled' : 'controlsenabled');
  let resolved: Awaited<ReturnType<typeof sourceOf>>;
  try {
    resolved = await sourceOf(config, opts, signal);
  } catch (error) {
    if (!signal.aborted) fail(error instanceof Error ? error.message : String(error));
    return;
  }
  if (signal.aborted) return;
  current.session = resolved.session;
  view.setPoster(resolved.poster);
  const captions = config.captions.map((caption) => ({ ...caption, src: `${origin}${caption.src}` }));
  const next: PlayerOptions = {
    ...resolved.source,
    autoplay: opts.autoplay,
    muted: opts.muted,
    loop: opts.loop,
    captions,
    ...(opts.start !== undefined && { startAt: opts.start }),
  };
  if (player) player.setOptions(next);
  else {
    player = createPlayer(video, { ...next, autoplay: playWhenCreated ?? next.autoplay });
    player.subscribe(onSnapshot);
  }
  onSnapshot();
}

function fail(message: string) {
  view.setMessage(message);
  emit('error');
}

let lastError: unknown;
let lastQuality: number | undefined;
let wasProcessing = false;
const PROCESSING = 'This video is being processed. It plays as soon as it is ready.';
function onSnapshot() {
  if (!player || !current) return;
  const snapshot = player.getSnapshot();
  if (snapshot.error && snapshot.error !== lastError) fail(snapshot.error.message);
  lastError = snapshot.error;
  // A video still encoding: say so (not an error) until the player can load it.
  const processing = snapshot.status === 'processing';
  if (processing !== wasProcessing && !snapshot.error) view.setMessage(processing ? PROCESSING : undefined);
  wasProcessing = processing;
  if (!current.ready && !['loading', 'processing', 'error'].includes(snapshot.status)) {
    current.ready = true;
    if (current.options.showSubtitles) view.setSubtitles(true);
    emit('ready');
  }
  if (snapshot.activeQuality !== lastQuality && snapshot.activeQuality !== undefined) {
    const level = snapshot.qualities.find((quality) => quality.height === snapshot.activeQuality);
    emit('qualitychange', { resolution: { height: snapshot.activeQuality, width: level?.width ?? video.videoWidth } });
  }
  lastQuality = snapshot.activeQuality;
}

async function loadConfig(url: unknown) {
  if (typeof url !== 'string') return;
  const next = new URL(url, location.href);
  if (next.origin !== origin || !/^\/embed\/(vod|live)\/[^/]+$/.test(next.pathname)) return;
  try {
    const response = await fetch(next.pathname + next.search);
    if (!response.ok) {
      throw new VidkitError('playback_error', `This video cannot be played (HTTP ${response.status}).`, {
        status: response.status,
      });
    }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    history.replaceState(null, '', next.href);
    await load(readConfig(doc), parseEmbedUrl(next.href));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function mp4Url(): string | undefined {
  if (!current || current.config.type !== 'vod' || !current.config.mp4) return undefined;
  return withSession(`${origin}/vod/${encodeURIComponent(current.config.id)}/mp4/source.mp4`, current.session);
}

const ignore = () => undefined;

/** The SDK's commands (`@api.video/player-sdk`'s `postMessage({ message, ... })`) and getters. */
const commands: Record<string, (command: SdkCommand) => unknown> = {
  loadConfig: ({ url }) => void loadConfig(url),
  play: () => {
    if (player) player.play().catch(ignore);
    else playWhenCreated = true;
  },
  pause: () => {
    if (player) player.pause();
    else playWhenCreated = false;
  },
  mute: () => player?.setMuted(true),
  unmute: () => player?.setMuted(false),
  // The SDK's `seek` is relative ("add/subtract seconds"); `setCurrentTime` is absolute.
  seek: ({ seek }) => player?.seek(Math.max(0, video.currentTime + Number(seek))),
  setCurrentTime: ({ currentTime }) => player?.seek(Number(currentTime)),
  setVolume: ({ volume }) => player?.setVolume(Number(volume)),
  setPlaybackRate: ({ rate }) => player?.setRate(Number(rate)),
  setAutoplay: ({ autoplay }) => player?.setOptions({ autoplay: Boolean(autoplay) }),
  setLoop: ({ loop }) => player?.setOptions({ loop: Boolean(loop) }),
  setChromeless: ({ chromeless }) => view.setChromeless(Boolean(chromeless)),
  hideControls: ({ controls }) => view.setControls(false, controls as string[]) && emit('controlsdisabled'),
  showControls: ({ controls }) => view.setControls(true, controls as string[]) && emit('controlsenabled'),
  hideSubtitles: () => view.setSubtitles(false),
  showSubtitles: () => view.setSubtitles(true),
  hideTitle: () => view.setTitleHidden(true),
  showTitle: () => view.setTitleHidden(false),
  hidePoster: () => view.setPosterHidden(true),
  showPoster: () => view.setPosterHidden(false),
  setTheme: ({ theme }) => theme && typeof theme === 'object' && view.setTheme(theme as Record<string, unknown>),
  setStyleProperty: ({ query, property, value }) => view.setStyle(String(query), String(property), String(value)),
  requestFullscreen: () => void player?.requestFullscreen(container).catch(ignore),
  exitFullscreen: () => void (document.fullscreenElement && document.exitFullscreen().catch(ignore)),
  requestPictureInPicture: () => void player?.requestPictureInPicture().catch(ignore),
  exitPictureInPicture: () => void (document.pictureInPictureElement && document.exitPictureInPicture().catch(ignore)),
  // Experimental in the SDK; the emulator's ladder has one or two renditions, adaptive bitrate picks between them.
  setMinimalQuality: ignore,
  setMaximalQuality: ignore,
  destroy: () => {
    player?.destroy();
    player = undefined;
  },
  getPaused: () => video.paused,
  getPlaying: () => !video.paused && !video.ended,
  getMuted: () => video.muted,
  getDuration: () => video.duration,
  getCurrentTime: () => video.currentTime,
  getPlaybackRate: () => video.playbackRate,
  getVolume: () => video.volume,
  getLoop: () => video.loop,
  getVideoSize: () => ({ width: video.videoWidth, height: video.videoHeight }),
  isLiveStream: () => current?.config.type === 'live',
  getMp4Url: mp4Url,
};

function wireEvents() {
  video.addEventListener('play', () => {
    if (current && !current.played) {
      current.played = true;
      emit('firstplay');
    }
    container.classList.add('playing');
    emit('play');
  });
  video.addEventListener('pause', () => {
    container.classList.remove('playing');
    emit('pause');
  });
  video.addEventListener('ended', () => emit('ended'));
  video.addEventListener('seeking', () => emit('seeking'));
  video.addEventListener('ratechange', () => emit('ratechange'));
  video.addEventListener('resize', () => emit('resize'));
  video.addEventListener('volumechange', () => emit('volumechange', { volume: video.muted ? 0 : video.volume }));
  video.addEventListener('timeupdate', () => {
    emit('timeupdate', { currentTime: video.currentTime });
    // `#t=start,end`: pause at the end of the sequence.
    const end = current?.options.end;
    if (end !== undefined && video.currentTime >= end && !video.paused) player?.pause();
  });
  window.addEventListener('resize', () => emit('playerresize'));
  document.addEventListener('fullscreenchange', () =>
    emit('fullscreenchange', { isFullScreen: document.fullscreenElement !== null }),
  );
  container.addEventListener('mouseenter', () => emit('mouseenter'));
  container.addEventListener('mouseleave', () => emit('mouseleave'));
  let active = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  container.addEventListener('mousemove', () => {
    if (!active) emit('useractive');
    active = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      active = false;
      emit('userinactive');
    }, USER_INACTIVE_MS);
  });
  document.addEventListener('keydown', (event) => {
    if (!options.hotkeys || !player || event.target === video || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ' ': () => (video.paused ? void player!.play().catch(ignore) : player!.pause()),
      k: () => (video.paused ? void player!.play().catch(ignore) : player!.pause()),
      ArrowLeft: () => player!.seek(Math.max(0, video.currentTime - 5)),
      ArrowRight: () => player!.seek(video.currentTime + 5),
      m: () => player!.setMuted(!video.muted),
      f: () => void player!.requestFullscreen(container).catch(ignore),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}

wireEvents();
if (options.api || options.sdkPlayerId !== undefined) {
  sdk = connectSdk(options, (command) => commands[command.message]?.(command));
}
void load(readConfig(document), options);
