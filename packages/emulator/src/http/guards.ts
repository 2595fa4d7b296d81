import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { ApiProblem } from '../problems.js';
import { isLocalOrigin } from './local-origin.js';
import { hostName, isAllowedHost } from './allowed-hosts.js';

const ADMIN = '/_emulator/';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostRefused(header: string): ApiProblem {
  const name = hostName(header) ?? header;
  return new ApiProblem(403, 'host-not-allowed', 'This host is not allowed.', 'Host').withDetail(
    `The emulator answers only loopback names, IP addresses and the names it was given. To reach it as "${name}", ` +
      `start it with --allowed-hosts ${name} (or the allowedHosts option).`,
  );
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isJson(request: FastifyRequest): boolean {
  const type = request.headers['content-type'] ?? '';
  return /^application\/json\s*(;|$)/i.test(type);
}

/**
 * Why a state-changing admin request is refused, or undefined. A page on another site can send a POST with a
 * text/plain body without a CORS preflight, so admin writes must be JSON (which needs one) and must not come from a
 * page outside the origins CORS accepts. A local page on another port (`localhost:5173` calling `127.0.0.1:4010`)
 * is cross-site for the browser but local here, so the Origin decides when there is one.
 */
function adminRefusal(request: FastifyRequest): ApiProblem | undefined {
  const origin = request.headers.origin;
  const crossSite = origin !== undefined ? !isLocalOrigin(origin) : request.headers['sec-fetch-site'] === 'cross-site';
  if (crossSite) {
    return new ApiProblem(
      403,
      'cross-site-request-refused',
      'Admin routes refuse cross-site requests.',
      'Origin',
    ).withDetail(
      'Call /_emulator/* routes from a local page (localhost, 127.x.x.x, [::1]) or from a non-browser client.',
    );
  }
  if ((request.method === 'POST' || hasBody(request)) && !isJson(request)) {
    return new ApiProblem(
      415,
      'unsupported-media-type',
      'Admin routes accept only JSON bodies.',
      'Content-Type',
    ).withDetail('Send Content-Type: application/json (a POST with nothing to say sends {}).');
  }
  return undefined;
}

/**
 * Refuses requests for a `Host` the emulator does not answer to (DNS rebinding) and cross-site or non-JSON writes to
 * the `/_emulator/*` admin routes (CSRF). Installed before CORS, so it runs first.
 */
export function installRequestGuards(app: FastifyInstance, ctx: EmulatorContext): void {
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host;
    if (host === undefined && request.raw.httpVersion !== '1.0') {
      throw new ApiProblem(400, 'bad-request', 'The request has no Host header.', 'Host').withDetail(
        'HTTP/1.1 requires one (RFC 9112, section 3.2).',
      );
    }
    if (!isAllowedHost(host, ctx.options.allowedHosts)) throw hostRefused(host ?? '');
    // The matched route, not the raw URL: `/%5Femulator/…` reaches the same route.
    const route = request.routeOptions.url ?? '';
    if (route.startsWith(ADMIN) && !SAFE_METHODS.has(request.method)) {
      const refusal = adminRefusal(request);
      if (refusal) throw refusal;
    }
  });
}
