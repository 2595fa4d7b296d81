import { VidkitError, type ErrorCode } from './errors.js';

/** One entry of an API error's `problems` list (a field-level validation failure). */
export interface ApiProblem {
  type?: string;
  title?: string;
  name?: string;
  status?: number;
}

/** The RFC 7807-like body api.video sends with an error status. */
export interface ApiErrorBody {
  type?: string;
  title?: string;
  name?: string;
  status?: number;
  detail?: string;
  problems?: ApiProblem[];
}

export interface ApiErrorDetails {
  status: number;
  body: ApiErrorBody | undefined;
  /** The operation's id in the spec, or a short name for the call. */
  operation?: string;
  method: string;
  /** The request path without query string (never contains a token). */
  path: string;
  /** The `X-RateLimit-Retry-After` value, in seconds, when the API sent one. */
  retryAfter?: number;
  cause?: unknown;
}

/** The API answered with an error status. Carries api.video's error body. */
export class ApiError extends VidkitError {
  override name = 'ApiError';
  declare readonly status: number;
  /** A `https://docs.api.video/reference/…` URL that names the error kind. */
  readonly type: string | undefined;
  readonly title: string | undefined;
  /** The request field the error is about, when there is one. */
  readonly field: string | undefined;
  readonly problems: readonly ApiProblem[];
  readonly operation: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly retryAfter: number | undefined;
  /** The raw error body. */
  readonly body: ApiErrorBody | undefined;

  constructor(details: ApiErrorDetails, code: ErrorCode = 'api_error') {
    const { status, body, method, path } = details;
    const title = body?.title ?? `HTTP ${status}`;
    const problems = body?.problems ?? [];
    const extra = problems.length
      ? ` Problems: ${problems.map((p) => `${p.name ? `${p.name}: ` : ''}${p.title}`).join('; ')}.`
      : '';
    const docs = body?.type?.startsWith('http') ? ` See ${body.type}` : '';
    super(code, `${method} ${path} failed with ${status}: ${title}${extra}${docs}`, { status, cause: details.cause });
    this.type = body?.type;
    this.title = body?.title;
    this.field = body?.name || undefined;
    this.problems = problems;
    this.operation = details.operation;
    this.method = method;
    this.path = path;
    this.retryAfter = details.retryAfter;
    this.body = body;
  }
}
