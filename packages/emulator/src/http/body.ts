import { ApiProblem, badRequestOf, problem } from '../problems.js';
import type { Problem } from '../problems.js';

/** How one JSON body attribute is checked. */
export interface FieldRule {
  type: 'string' | 'boolean' | 'integer' | 'string[]' | 'metadata[]' | 'object' | 'object[]';
  nullable?: boolean;
  enum?: readonly string[];
  pattern?: RegExp;
  min?: number;
  max?: number;
  maxLength?: number;
  maxItems?: number;
  /** Required keys of each object of an `object[]`, all strings. */
  itemKeys?: readonly string[];
}

export type BodyRules = Record<string, FieldRule>;

function typeTitle(rule: FieldRule): string {
  switch (rule.type) {
    case 'string':
      return 'This attribute must be a string.';
    case 'boolean':
      return 'This attribute must be a boolean.';
    case 'integer':
      return 'This attribute must be an integer.';
    case 'object':
      return 'This attribute must be an object.';
    default:
      return 'This attribute must be an array.';
  }
}

function check(value: unknown, rule: FieldRule): string | undefined {
  if (value === null) return rule.nullable ? undefined : typeTitle(rule);
  switch (rule.type) {
    case 'string':
      if (typeof value !== 'string') return typeTitle(rule);
      if (rule.enum && !rule.enum.includes(value)) return `This attribute must be one of: ${rule.enum.join(', ')}.`;
      if (rule.pattern && !rule.pattern.test(value)) return 'This attribute has an invalid format.';
      if (rule.maxLength !== undefined && value.length > rule.maxLength) {
        return `This attribute must be at most ${rule.maxLength} characters long.`;
      }
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : typeTitle(rule);
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return typeTitle(rule);
      if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
        return `This attribute must be between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}.`;
      }
      return undefined;
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : typeTitle(rule);
    case 'string[]':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return 'This attribute must be an array of strings.';
      }
      if (rule.enum && value.some((item) => !rule.enum!.includes(item as string))) {
        return `Each item must be one of: ${rule.enum.join(', ')}.`;
      }
      if (rule.maxItems !== undefined && value.length > rule.maxItems) {
        return `This attribute must have at most ${rule.maxItems} items.`;
      }
      return undefined;
    case 'metadata[]':
      if (
        !Array.isArray(value) ||
        value.some(
          (item) =>
            typeof item !== 'object' ||
            item === null ||
            typeof (item as Record<string, unknown>)['key'] !== 'string' ||
            typeof (item as Record<string, unknown>)['value'] !== 'string',
        )
      ) {
        return 'This attribute must be an array of {key, value} string pairs.';
      }
      return undefined;
    case 'object[]':
      if (
        !Array.isArray(value) ||
        value.some(
          (item) =>
            typeof item !== 'object' ||
            item === null ||
            (rule.itemKeys ?? []).some((key) => typeof (item as Record<string, unknown>)[key] !== 'string'),
        )
      ) {
        return `This attribute must be an array of objects with ${(rule.itemKeys ?? []).join(', ')}.`;
      }
      if (rule.maxItems !== undefined && value.length > rule.maxItems) {
        return `This attribute must have at most ${rule.maxItems} items.`;
      }
      return undefined;
  }
}

/**
 * Checks a JSON body against rules and returns it typed, or throws api.video's 400 listing every problem.
 * Unknown attributes are ignored, as api.video does.
 */
export function readBody<T>(body: unknown, rules: BodyRules, required: readonly string[] = []): T {
  if (body === undefined || body === null || body === '') body = {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiProblem(400, 'invalid-request-body', 'The request body must be a JSON object.', 'body');
  }
  const record = body as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const name of required) {
    if (record[name] === undefined || record[name] === null) {
      problems.push(problem('attribute-required', 'This attribute is required.', name));
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    const value = record[name];
    if (value === undefined || problems.some((p) => p.name === name)) continue;
    const title = check(value, rule);
    if (title) problems.push(problem('invalid-attribute', title, name));
  }
  if (problems.length > 0) throw badRequestOf(problems as [Problem, ...Problem[]]);
  return record as T;
}
