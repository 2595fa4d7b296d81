/** The version of `@vidkit/core`, sent in `AV-Origin-Client`. Kept in step with package.json by a test. */
export const VERSION = '0.0.0';
