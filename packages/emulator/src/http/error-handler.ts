import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem, unrecognizedUrl } from '../problems.js';
import type { EmulatorContext } from '../context.js';

/** Turns any error into an answer shaped like api.video's, so no client ever sees a framework's error body. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const fastifyError = error as Partial<FastifyError> & { code?: string };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiProblem(400, 'invalid-request-body', 'The request body is not valid JSON.', 'body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ApiProblem(413, 'request-entity-too-large', 'The request body is too large.', 'body');
    case 'FST_ERR_BAD_URL':
      return new ApiProblem(400, 'bad-request', 'The request URL is malformed.', '').withDetail(
        'A percent-encoded sequence in the path is not valid UTF-8 or not valid percent-encoding.',
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiProblem(414, 'uri-too-long', 'The request URL is too long.', '').withDetail(
        'A path parameter is longer than 200 characters; no api.video id is that long.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new ApiProblem(400, 'invalid-request-body', 'The request body cannot be read.', 'body');
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ApiProblem(status, 'bad-request', 'The request is invalid.', '');
  }
  if (error instanceof SyntaxError || error instanceof URIError) {
    return new ApiProblem(400, 'bad-request', 'The request is invalid.', '');
  }
  return new ApiProblem(500, 'internal-error', 'The emulator failed to handle this request.', '');
}

/** Fastify's `frameworkErrors`: a malformed URL or a too long path parameter, met before any route runs. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error);
  // No hook runs for these answers (see json-content-type.ts): with a serializer of its own, Fastify leaves the
  // Content-Type as given instead of appending a charset.
  void reply.code(problem.status).type('application/json').serializer(JSON.stringify).send(problem.toBody());
}

/** The problem for an error of Node's HTTP parser, met before there is a request to answer. */
export function clientErrorProblem(error: Error & { code?: string }): ApiProblem {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ApiProblem(
        431,
        'request-header-fields-too-large',
        'The request headers are too large.',
        '',
      ).withDetail('The request line and headers together must stay under 16 KiB.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ApiProblem(408, 'request-timeout', 'The request took too long to arrive.', '');
    default:
      return new ApiProblem(400, 'bad-request', 'The request cannot be parsed as HTTP.', '').withDetail(
        `The HTTP parser refused it (${error.code ?? 'unknown error'}).`,
      );
  }
}

/**
 * Fastify's `clientErrorHandler` (Node's `clientError` event): answers a request Node's parser refused (a broken
 * request line, headers too large, …) with api.video's error shape instead of a bare or framework body.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection or one already gone has no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const problem = clientErrorProblem(error);
  const body = JSON.stringify(problem.toBody());
  // As Node's documentation does: end() sends the answer, then closes.
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Installs the error and not-found handlers. */
export function installErrorHandlers(app: FastifyInstance, ctx: EmulatorContext): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500 && !(error instanceof ApiProblem))
      ctx.log('error', `${request.method} ${request.url} failed`, error);
    if (reply.sent || reply.raw.headersSent) return;
    void reply.code(problem.status).headers(problem.headers).type('application/json').send(problem.toBody());
  });
  app.setNotFoundHandler((_request, reply) => {
    const problem = unrecognizedUrl();
    void reply.code(404).type('application/json').send(problem.toBody());
  });
}
