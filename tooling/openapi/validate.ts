// Validation of answers against the repo's structure-only copy of api.video's OpenAPI spec, for the tests of the
// emulator and of the conformance suite (api.video's official clients against the emulator).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Spec = {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> };
};

const specPath = fileURLToPath(new URL('./api.video.openapi.json', import.meta.url));

/** The repo's structure-only copy of api.video's OpenAPI spec. */
export const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;

// The structure-only copy drops the `summary` schema (its name collides with a dropped prose key); restore its
// shape from the full spec so the summaries operations can be validated too.
spec.components.schemas['summary'] ??= {
  type: 'object',
  properties: {
    summaryId: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    videoId: { type: 'string' },
    origin: { type: 'string', enum: ['api', 'auto'] },
    sourceStatus: { type: 'string', enum: ['missing', 'waiting', 'failed', 'completed', 'unprocessable'] },
  },
} as Spec['components']['schemas'][string];

/**
 * Properties the spec types as plain strings but api.video sends as `null` while unset: a video's `language` before
 * it is detected or set (its sibling `languageOrigin` is nullable in the spec), and its `playerId` without a player.
 * The emulator sends every property of the Video schema, as api.video does, so these two may be null.
 */
export const SERVICE_NULLABLE: Record<string, readonly string[]> = { video: ['language', 'playerId'] };
for (const [schema, properties] of Object.entries(SERVICE_NULLABLE)) {
  for (const property of properties) {
    const node = spec.components.schemas[schema]?.properties?.[property];
    if (!node) throw new Error(`The spec has no ${schema}.${property}: update SERVICE_NULLABLE.`);
    node['nullable'] = true;
  }
}

/** OpenAPI 3.0's `nullable` with an `enum`: Ajv's `nullable` still checks the enum, so null joins the enum. */
function nullableEnums(node: unknown): void {
  if (Array.isArray(node)) node.forEach(nullableEnums);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record['nullable'] === true && Array.isArray(record['enum']) && !record['enum'].includes(null)) {
      record['enum'] = [...record['enum'], null];
    }
    Object.values(record).forEach(nullableEnums);
  }
}
nullableEnums(spec);

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as object, 'spec');

/** Every operation of the spec as `METHOD /path`. */
export function allOperations(): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation && typeof operation === 'object' && 'responses' in operation)
        out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out;
}

const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const cache = new Map<string, ValidateFunction | null>();

/** The validator of an operation's response for a status; null when the spec gives that status no JSON body. */
export function responseValidator(method: string, path: string, status: number): ValidateFunction | null {
  const key = `${method} ${path} ${status}`;
  if (cache.has(key)) return cache.get(key)!;
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation?.responses) throw new Error(`${method} ${path} is not in the spec`);
  const response = operation.responses[String(status)] as
    { content?: Record<string, { schema?: unknown }> } | undefined;
  if (!response) throw new Error(`${method} ${path} does not document status ${status}`);
  const hasSchema = response.content?.['application/json']?.schema !== undefined;
  const validator = hasSchema
    ? ajv.getSchema(
        `spec#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`,
      )!
    : null;
  cache.set(key, validator);
  return validator;
}

const templates = Object.keys(spec.paths).map((template) => {
  const segments = template.split('/');
  return { template, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
});

/**
 * The spec path (`/videos/{videoId}/source`) a request path (`/videos/vi123/source?x=1`) belongs to, the one with
 * the most literal segments when several match; undefined for a path the spec does not have.
 */
export function specPathOf(method: string, path: string): string | undefined {
  const segments = path.split('?')[0]!.split('/');
  let best: (typeof templates)[number] | undefined;
  for (const candidate of templates) {
    if (candidate.segments.length !== segments.length) continue;
    if (!spec.paths[candidate.template]?.[method.toLowerCase()]) continue;
    if (!candidate.segments.every((s, i) => s.startsWith('{') || s === segments[i])) continue;
    if (!best || candidate.literals > best.literals) best = candidate;
  }
  return best?.template;
}

const PROBLEM_SCHEMAS: Record<number, string> = {
  400: 'bad-request',
  403: '403-error-schema',
  404: 'not-found',
  429: 'too-many-requests',
};
const problemShape = ajv.compile({
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', pattern: '^https://docs\\.api\\.video/reference/' },
    title: { type: 'string' },
    status: { type: 'integer' },
  },
});

/**
 * The validator of an error answer whose status the operation does not document. The spec lists 401 on no operation
 * (authentication is declared once, for all of them) and 404 on most but not all that take an id: such answers are
 * checked against the spec's error schema for the status, or api.video's problem shape when it has none.
 */
function undocumentedErrorValidator(status: number): ValidateFunction {
  const name = PROBLEM_SCHEMAS[status];
  return (name && ajv.getSchema(`spec#/components/schemas/${name}`)) || problemShape;
}

/**
 * What is wrong with one answer of the API, as api.video's spec describes it (empty when nothing is): the operation
 * exists, documents the status (or it is an error, see `undocumentedErrorValidator`), and the body matches its
 * schema, sent as `application/json` exactly; an operation answering without a JSON schema (a 204) sends no body.
 * Every error body is also api.video's problem shape: `type` a docs.api.video reference URL, `title`, and `status`
 * equal to the answer's.
 */
export function specViolations(answer: {
  method: string;
  path: string;
  status: number;
  contentType: string | undefined;
  body: string;
}): string[] {
  const { method, path, status, contentType, body } = answer;
  const specPath = specPathOf(method, path);
  if (!specPath) return [`${method} ${path} is not an operation of the spec`];
  const operation = spec.paths[specPath]![method.toLowerCase()]!;
  const documented = operation.responses?.[String(status)] !== undefined;
  if (!documented && status < 400) return [`${method} ${specPath} does not document status ${status}`];
  const validate = documented ? responseValidator(method, specPath, status) : undocumentedErrorValidator(status);
  if (!validate) return body === '' ? [] : [`${method} ${specPath} ${status} should have no body, sent ${body}`];
  const problems: string[] = [];
  if (contentType !== 'application/json') {
    problems.push(`${method} ${specPath} ${status}: Content-Type ${contentType}, api.video sends application/json`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [...problems, `${method} ${specPath} ${status}: the body is not JSON: ${body.slice(0, 200)}`];
  }
  const checks = status >= 400 ? [validate, problemShape] : [validate];
  for (const check of checks) {
    if (!check(parsed)) {
      const errors = (check.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}`);
      problems.push(`${method} ${specPath} ${status} against the spec: ${errors.join('; ')}`);
    }
  }
  if (status >= 400 && (parsed as { status?: unknown }).status !== status) {
    problems.push(`${method} ${specPath} ${status}: the body's status is ${(parsed as { status?: unknown }).status}`);
  }
  return problems;
}
