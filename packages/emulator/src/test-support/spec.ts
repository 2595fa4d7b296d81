import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Spec = {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

const specPath = fileURLToPath(new URL('../../../../tooling/openapi/api.video.openapi.json', import.meta.url));

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
};

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
