/** A timestamp in api.video's format: ISO 8601 to the second with an explicit `+00:00` offset. */
export function timestamp(date: Date | number = Date.now()): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
