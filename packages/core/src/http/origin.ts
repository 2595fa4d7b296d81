import { OptionsError } from '../errors.js';
import { VERSION } from '../version.js';

/** A name and version sent to api.video in an `AV-Origin-*` header as `name:version`. */
export interface OriginInfo {
  /** 1–50 letters, digits, `_` or `-`. */
  name: string;
  /** `1`, `1.2` or `1.2.3`, each number at most 3 digits. */
  version: string;
}

/** Who is calling, as api.video's official clients report it. */
export interface OriginOptions {
  /** Your application, sent as `AV-Origin-App`. */
  app?: OriginInfo;
  /** An SDK wrapping Vidkit, sent as `AV-Origin-Sdk`. */
  sdk?: OriginInfo;
}

// The same rules api.video applies to these headers.
const NAME = /^[\w-]{1,50}$/;
const VERSION_RE = /^\d{1,3}(\.\d{1,3}(\.\d{1,3})?)?$/;

const format = (key: string, info: OriginInfo | undefined): string | undefined => {
  if (!info) return undefined;
  if (!NAME.test(info.name) || !VERSION_RE.test(info.version))
    throw new OptionsError(`origin.${key} ${JSON.stringify(info)} must be { name: ${NAME}, version: ${VERSION_RE} }`);
  return `${info.name}:${info.version}`;
};

/**
 * The `AV-Origin-*` headers for every request to api.video: `AV-Origin-Client: vidkit-core:<version>` always,
 * plus `AV-Origin-App` / `AV-Origin-Sdk` when given. Throws `OptionsError` on a name or version api.video
 * would reject, so a bad value fails when the client is created rather than on the first request.
 *
 * @example
 * originHeaders({ app: { name: 'my-app', version: '2.1.0' } });
 * // { 'AV-Origin-Client': 'vidkit-core:0.1.0', 'AV-Origin-App': 'my-app:2.1.0' }
 */
export function originHeaders(origin: OriginOptions = {}): Record<string, string> {
  const headers: Record<string, string> = { 'AV-Origin-Client': `vidkit-core:${VERSION}` };
  const app = format('app', origin.app);
  const sdk = format('sdk', origin.sdk);
  if (app) headers['AV-Origin-App'] = app;
  if (sdk) headers['AV-Origin-Sdk'] = sdk;
  return headers;
}
