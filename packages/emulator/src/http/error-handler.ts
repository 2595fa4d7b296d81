import type { FastifyError, FastifyInstance } from 'fastify';
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
