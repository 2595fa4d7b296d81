import { booleanAttribute } from '@angular/core';

/** What a boolean input takes: a binding, or the attribute alone (`muted`), `"true"` / `"false"`. */
export type BooleanInput = boolean | '' | 'true' | 'false' | undefined;

/** `booleanAttribute`, but an unset input stays `undefined` (its default then applies). */
export function optionalBoolean(value: BooleanInput): boolean | undefined {
  return value === undefined ? undefined : booleanAttribute(value);
}
