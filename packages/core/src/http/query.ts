/** A query value: scalars, arrays (sent as `key[]=…`) and objects (sent as `key[sub]=…`, OpenAPI deepObject). */
export type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | QueryObject;
export interface QueryObject {
  [key: string]: QueryValue;
}

const add = (params: URLSearchParams, key: string, value: QueryValue): void => {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) add(params, key.endsWith('[]') ? key : `${key}[]`, item);
  else if (typeof value === 'object')
    for (const sub in value) add(params, `${key}[${sub}]`, (value as QueryObject)[sub]);
  else params.append(key, String(value));
};

/**
 * Serializes query parameters the way api.video reads them: `tags[]=a&tags[]=b`, `metadata[key]=value`,
 * `filterBy[country][]=FR`; `undefined` and `null` are left out. Returns `''` or a string starting with `?`.
 */
export function toQueryString(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const key in query) add(params, key, (query as QueryObject)[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
