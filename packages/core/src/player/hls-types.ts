import type { PlaylistLoaderClass } from './serve-prefetched.js';

/**
 * The part of hls.js the player uses, typed structurally so that core's published types never import hls.js
 * (an optional peer): `() => import('hls.js')` and `() => import('hls.js/light')` both fit `loadHls`.
 */
export interface HlsLevel {
  height: number;
  width: number;
  bitrate: number;
}

export interface HlsInstance {
  loadSource(url: string): void;
  attachMedia(media: HTMLMediaElement): void;
  destroy(): void;
  recoverMediaError(): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: any, listener: (...args: any[]) => void): void;
  readonly levels: readonly HlsLevel[];
  currentLevel: number;
}

export interface HlsConstructor {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  new (config?: any): HlsInstance;
  isSupported(): boolean;
  readonly DefaultConfig: { readonly loader: PlaylistLoaderClass };
  readonly Events: {
    MANIFEST_PARSED: string;
    LEVEL_SWITCHED: string;
    LEVEL_LOADED: string;
    ERROR: string;
  };
}

/** What `loadHls` may resolve to: the hls.js module (`import('hls.js')`) or its default export. */
export type HlsModule = HlsConstructor | { default: HlsConstructor };
