/**
 * The configuration a driver hands to its adapter's provider (the fields of core's `VidkitConfig` the contract
 * sets): the emulator for the API and delivery, and an upload token source.
 */
export interface ContractConfig {
  apiBaseUrl: string;
  deliveryBaseUrl: string;
  uploadToken?: string;
  getUploadToken?: () => Promise<string>;
  /** The app's status route (core's `VideoStatusFetcher`). */
  getVideoStatus?: (
    videoId: string,
    context: { signal: AbortSignal },
  ) => Promise<{ encoding?: { playable?: boolean; qualities?: { status?: string }[] } }>;
}

/** What every event the contract reads carries: `tag` is the prop of that name at the render that made the callback. */
interface Tagged {
  tag?: string | undefined;
}

/** The adapter's callbacks and events, in one neutral shape the driver records. */
export type ContractEvent = Tagged &
  (
    | { type: 'uploadStart'; fileName: string }
    | { type: 'progress'; fileName: string; progress: number }
    | { type: 'success'; fileName: string; videoId: string }
    | { type: 'error'; fileName?: string | undefined; message: string }
    | { type: 'play' }
    | { type: 'pause' }
    | { type: 'ended' }
    | { type: 'timeUpdate'; currentTime: number }
    | { type: 'liveChange'; live: boolean }
    | { type: 'statusChange'; status: string }
  );

/** Props of the uploader, in the contract's words; the driver maps them to its framework's props. */
export interface UploaderProps {
  config: ContractConfig;
  accept?: string;
  /** Bytes; bigger files are refused with a visible reason. */
  maxFileSize?: number;
  /** Files uploading at once (core's `fileConcurrency`). */
  fileConcurrency?: number;
  /** Bytes per part. */
  chunkSize?: number;
  retry?: { retries?: number; baseDelay?: number; maxDelay?: number };
  /** Carried into every event, to tell which render's callbacks fired. */
  tag?: string;
}

/** Props of the player. */
export interface PlayerProps {
  config: ContractConfig;
  videoId?: string;
  liveStreamId?: string;
  /** A private video's token. */
  token?: string;
  muted?: boolean;
  autoplay?: boolean;
  /** CSS `aspect-ratio`; default `16 / 9`. */
  aspectRatio?: string;
  /** Milliseconds between checks of an offline live stream. */
  liveCheckInterval?: number;
  tag?: string;
}

/** Props of the live badge. */
export interface BadgeProps {
  config: ContractConfig;
  liveStreamId: string;
  /** Milliseconds between checks. */
  interval?: number;
}

/** The player's imperative handle (a ref, an exposed method set…). */
export interface PlayerHandle {
  play(): Promise<void>;
  pause(): void;
  seek(time: number): void;
  setQuality(quality: 'auto' | number): void;
}

/** A mounted component. Every method resolves once the framework has rendered (flushed) the change. */
export interface Mounted<P> {
  /** The element the component was rendered into; the contract queries it like a user would. */
  container: HTMLElement;
  /** Re-renders with new props (a new object each time, callbacks included, as a parent would). */
  update(props: P): Promise<void>;
  unmount(): Promise<void>;
  /** Every callback the component fired, in order. */
  events: ContractEvent[];
}

/** A mounted player, with its handle. */
export interface MountedPlayer extends Mounted<PlayerProps> {
  handle: PlayerHandle;
}

/** The components every adapter ships. */
export type ComponentName = 'uploader' | 'player' | 'badge';

/** Props by component. */
export interface ComponentProps {
  uploader: UploaderProps;
  player: PlayerProps;
  badge: BadgeProps;
}

/**
 * What an adapter implements to run the contract: a few dozen lines of glue that mount its components (inside its
 * provider, given `props.config`), record their callbacks as {@link ContractEvent}s, and render on the server.
 */
export interface Driver {
  /** Shown in the report, e.g. `React 19.3.1`. */
  name: string;
  mountUploader(props: UploaderProps): Promise<Mounted<UploaderProps>>;
  mountPlayer(props: PlayerProps): Promise<MountedPlayer>;
  mountBadge(props: BadgeProps): Promise<Mounted<BadgeProps>>;
  /** `count` badges of the same props in one tree (one mount). */
  mountBadges(props: BadgeProps, count: number): Promise<Mounted<BadgeProps>>;
  /** The framework's server renderer: HTML of the component inside its provider. Runs in Node and in Chromium. */
  renderToString<C extends ComponentName>(component: C, props: ComponentProps[C]): Promise<string>;
  /** Puts `html` in a new container in the page and hydrates it; resolves once hydration has committed. */
  hydrate<C extends ComponentName>(
    html: string,
    component: C,
    props: ComponentProps[C],
  ): Promise<Mounted<ComponentProps[C]>>;
}
