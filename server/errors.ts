import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

/** Stable error codes and the HTTP status each answers with. The only place statuses are chosen. */
const STATUS_BY_CODE = {
  parameter_invalid: 400,
  parameter_not_found: 400,
  parameter_mismatch: 400,
  invalid_json: 400,
  invalid_text: 400,
  last_admin: 400,
  current_password_invalid: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_token_invalid: 403,
  not_found: 404,
  admin_not_found: 404,
  team_not_found: 404,
  token_not_found: 404,
  invitation_not_found: 404,
  conversation_not_found: 404,
  ticket_not_found: 404,
  ticket_type_not_found: 404,
  jira_not_configured: 400,
  jira_unavailable: 502,
  contact_not_found: 404,
  tag_not_found: 404,
  saved_reply_not_found: 404,
  workflow_not_found: 404,
  workflow_invalid: 422,
  conflict: 409,
  saved_reply_name_taken: 409,
  teammate_exists: 409,
  invitation_exists: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  server_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** Every problem found, when there are several (a workflow's validation); the first is `message`. */
  readonly details: { code: string; message: string; field?: string }[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details: {
      field?: string;
      retryAfterSeconds?: number;
      errors?: { code: string; message: string; field?: string }[];
    } = {},
  ) {
    super(message);
    this.code = code;
    this.field = details.field;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.details = details.errors;
  }

  get statusCode(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function notFound(code: ErrorCode = 'not_found', message = 'Resource Not Found'): AppError {
  return new AppError(code, message);
}

export function forbidden(message = 'You do not have permission to do this'): AppError {
  return new AppError('forbidden', message);
}

/** The first zod issue, named by its field path, as a 400. */
export function fromZodError(error: ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || undefined;
  const missing = issue?.code === 'invalid_type' && issue.message.includes('received undefined');
  return new AppError(
    missing ? 'parameter_not_found' : 'parameter_invalid',
    field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid request'),
    { field },
  );
}

/** Fastify's own 4xx errors (bad JSON, body too large, wrong content type) in our vocabulary. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Send the body as application/json');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return new AppError('invalid_json', error.message);
  return undefined;
}

/** Socket errors and SQLSTATEs that mean "the database is not there right now", not "this request is wrong". */
const DATABASE_GONE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03']);
const DATABASE_GONE_MESSAGE =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed/;

/**
 * A lost or refused PostgreSQL connection (restart, failover, server down) is a 503 the client may retry;
 * the pool replaces broken connections, so the same process serves again once the server is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (DATABASE_GONE_CODES.has(code) || code.startsWith('08'))) return true;
  return DATABASE_GONE_MESSAGE.test(error.message);
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return fromZodError(error);
  if (isDatabaseUnavailable(error)) {
    return new AppError('database_unavailable', 'The database is unavailable; try again shortly', {
      retryAfterSeconds: 5,
    });
  }
  if (error && typeof error === 'object' && 'code' in error) return fromFastifyError(error as FastifyError);
  return undefined;
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(error.statusCode).send({
    type: 'error.list',
    request_id: request.id,
    errors: error.details ?? [
      { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    ],
  });
}

/** The one root error handler: known errors render as Intercom's error.list; anything else is a logged 500. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toAppError(error);
  if (known?.code === 'database_unavailable') request.log.warn({ err: error }, 'database unavailable');
  if (known) return sendError(reply, request, known);
  request.log.error({ err: error }, 'unexpected error');
  return sendError(reply, request, new AppError('server_error', 'Something went wrong'));
}
