/** One entry of an api.video error's `problems` list. */
export interface Problem {
  type: string;
  title: string;
  name: string;
  status: number;
}

/** An error body in api.video's shape. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  /** What to do about it, when there is more to say than the title (api.video adds one to some errors). */
  detail?: string;
  name?: string;
  problems?: Problem[];
}

const REFERENCE = 'https://docs.api.video/reference/';

/** The `type` URL api.video uses for a problem slug. */
export function problemType(slug: string): string {
  return REFERENCE + slug;
}

/** One `problems[]` entry: each carries the answer's status too, as api.video's do (PROTOCOL.md, the spec). */
export function problem(slug: string, title: string, name: string, status = 400): Problem {
  return { type: problemType(slug), title, name, status };
}

/** A 400 listing its problems; the first one gives the answer's `type`, `title` and `name`. */
export function badRequestOf(problems: [Problem, ...Problem[]]): ApiProblem {
  const [first] = problems;
  return new ApiProblem(400, first.type.slice(REFERENCE.length), first.title, first.name, problems);
}

/** An error the routes throw; the error handler turns it into an api.video-shaped answer. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly field: string | undefined;
  readonly problems: Problem[] | undefined;
  readonly headers: Record<string, string>;
  detail: string | undefined;

  constructor(
    status: number,
    slug: string,
    title: string,
    field?: string,
    problems?: Problem[],
    headers: Record<string, string> = {},
  ) {
    super(title);
    this.name = 'ApiProblem';
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.field = field;
    this.problems = problems;
    this.headers = headers;
  }

  /** Adds a `detail` to the body; returns the same problem. */
  withDetail(detail: string): this {
    this.detail = detail;
    return this;
  }

  /** The JSON body api.video would send. */
  toBody(): ProblemBody {
    const body: ProblemBody = { type: problemType(this.slug), title: this.title, status: this.status };
    if (this.detail !== undefined) body.detail = this.detail;
    if (this.field !== undefined) body.name = this.field;
    if (this.problems) body.problems = this.problems;
    return body;
  }
}

/** A 400 with one problem, shaped like api.video's. */
export function badRequest(slug: string, title: string, field = ''): ApiProblem {
  return badRequestOf([problem(slug, title, field)]);
}

/** A 400 for a body attribute with the wrong type or value. */
export function invalidAttribute(field: string, title: string): ApiProblem {
  return badRequest('invalid-attribute', title, field);
}

/** A 404 for a resource that does not exist, naming the parameter that pointed at it. */
export function notFound(field: string): ApiProblem {
  return new ApiProblem(404, 'resource-not-found', 'The requested resource was not found.', field);
}

/** The 404 for a path no route matches. */
export function unrecognizedUrl(): ApiProblem {
  return new ApiProblem(404, 'unrecognized-request-url', 'Unrecognized request URL.');
}
