/** The development API key every emulator accepts unless told otherwise. It is not a secret: it only works here. */
export const DEV_API_KEY = 'vidkit_dev_emulator_key_not_a_secret';

/** Which of api.video's per-minute budgets the emulator enforces. */
export type RateLimitMode = 'off' | 'sandbox' | 'production';

/** Faults injected into requests (except the `/_emulator/*` admin routes), for tests and benchmarks. */
export interface FaultOptions {
  /** Probability (0–1) that a request's connection is destroyed before any answer. */
  dropRate: number;
  /**
   * Probability (0–1) that the connection is destroyed after the request was handled, instead of sending the answer:
   * the work is done (a part is stored) but the client never hears of it.
   */
  dropResponseRate: number;
  /** Probability (0–1) of a 5xx answer instead of the real one. */
  errorRate: number;
  /** Probability (0–1) of a 429 answer with `X-RateLimit-Retry-After`. */
  rateLimitRate: number;
  /** Milliseconds added before each request is handled. */
  latencyMs: number;
  /** Cap on the speed a request body is read at, in bytes per second (0 = no cap). */
  bandwidthBps: number;
  /**
   * Milliseconds each encoding waits before it starts: the video stays ingesting, its manifest answering 202, for at
   * least that long (e.g. to test a player mounted on a video that is still processing).
   */
  encodingDelayMs: number;
  /** Enforce api.video's real per-minute budgets. */
  rateLimit: RateLimitMode;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /**
   * Host names (of the `Host` header) the emulator answers besides loopback names (`localhost`, `*.localhost`), IP
   * addresses and `host`; a leading dot also accepts subdomains (`.example.test`). Any other name gets a 403: a web
   * page that rebinds its own name to 127.0.0.1 cannot drive the emulator. Default none.
   */
  allowedHosts?: string[];
  /** Where metadata (SQLite) and files live. Default: a new temporary directory for port 0, else `./.vidkit-emulator`. */
  dataDir?: string;
  /** The API key accepted by Basic auth and `POST /auth/api-key`. Default {@link DEV_API_KEY}. */
  apiKey?: string;
  /** Initial faults; change them at runtime with `PUT /_emulator/faults`. */
  faults?: Partial<FaultOptions>;
  /** Encoding of uploaded sources (used by the media module). */
  encoding?: { concurrency?: number; enabled?: boolean };
  /**
   * Live ingest (used by the live module). `rtmpPort`: default 1935, or a free port when `port` is 0 (0 picks a free
   * port). `record`: turn each ended broadcast into a video (default false).
   */
  live?: { rtmpPort?: number; record?: boolean };
  /** Size limits; smaller values make the rules testable without gigabytes. */
  limits?: Partial<UploadLimits>;
  /** Log requests to stdout. Default false. */
  logger?: boolean;
  /**
   * Serve HTTPS instead of HTTP with this certificate and key (PEM), e.g. for clients that only build `https://`
   * URLs, such as api.video's browser uploader. The URL becomes `https://…`. Default: plain HTTP.
   */
  tls?: TlsOptions;
}

/** A certificate and its private key, PEM-encoded, for {@link EmulatorOptions.tls}. */
export interface TlsOptions {
  cert: string | Buffer;
  key: string | Buffer;
}

/** api.video's upload limits. */
export interface UploadLimits {
  /** Smallest size of every part but the last: 5 MiB. */
  minPartBytes: number;
  /** Most parts in one upload: 10 000. */
  maxParts: number;
  /** Largest single-request upload (no Content-Range): 200 MiB. */
  singleRequestBytes: number;
  /** Largest video: 30 GiB. Also caps a `source` URL import. */
  maxVideoBytes: number;
  /** How long a `source` URL import may take, start to end, in milliseconds: 10 minutes. */
  importTimeoutMs: number;
}

export const DEFAULT_LIMITS: UploadLimits = {
  minPartBytes: 5 * 1024 * 1024,
  maxParts: 10_000,
  singleRequestBytes: 200 * 1024 * 1024,
  maxVideoBytes: 30 * 1024 * 1024 * 1024,
  importTimeoutMs: 10 * 60 * 1000,
};

export const NO_FAULTS: FaultOptions = {
  dropRate: 0,
  dropResponseRate: 0,
  errorRate: 0,
  rateLimitRate: 0,
  latencyMs: 0,
  bandwidthBps: 0,
  encodingDelayMs: 0,
  rateLimit: 'off',
};
