/**
 * One place that turns every failure into a JSON error body:
 *
 * - request-schema violations → 400 `invalid-request`, one Diagnostic per zod issue with the
 *   path into the request (`body.params.runs`);
 * - ApiError → its status and body;
 * - Fastify's own client errors (bad JSON, body too large, wrong content type) → their 4xx;
 * - anything else is a bug: logged, answered with 500 `internal` and no stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  ResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { Diagnostic } from '@parley/model';
import { ApiError } from './apiError.ts';

/** Where in the request: Fastify's validation contexts under the names a client knows. */
const CONTEXTS: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'headers',
};

/** `/params/runs/0` in `body` → `body.params.runs[0]`; `/id` in the URL params → `path.id`. */
export function requestPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter((p) => p !== '');
  let path = context === undefined ? '' : (CONTEXTS[context] ?? context);
  for (const part of parts)
    path += /^\d+$/.test(part) ? `[${part}]` : path === '' ? part : `.${part}`;
  return path;
}

function validationDiagnostics(error: {
  validation: { instancePath: string; message?: string; keyword: string }[];
  validationContext?: string;
}): Diagnostic[] {
  return error.validation.map((v) => ({
    code: `request/${v.keyword}`,
    severity: 'error',
    path: requestPath(error.validationContext, v.instancePath),
    message: v.message ?? 'invalid value',
  }));
}

const CLIENT_ERROR_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-content-length',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
};

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return reply.code(400).send({
      error: 'invalid-request',
      message: 'the request does not match the API schema (see /openapi.json)',
      diagnostics: validationDiagnostics(error),
    });
  }
  if (error instanceof ApiError) {
    return reply.code(error.statusCode).headers(error.headers).send(error.payload);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500 && !(error instanceof ResponseSerializationError)) {
    const code =
      CLIENT_ERROR_CODES[error.code] ??
      (error instanceof SyntaxError ? 'invalid-json' : 'bad-request');
    return reply.code(status).send({ error: code, message: error.message });
  }
  request.log.error({ err: error }, 'internal error');
  return reply.code(500).send({ error: 'internal', message: 'internal server error' });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not-found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
