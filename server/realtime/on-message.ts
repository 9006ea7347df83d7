import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Refused, SocketReply } from '../../protocol/realtime.ts';
import { AppError } from '../errors.ts';
import { assertStorableText } from '../http/text-guard.ts';
import { parseWith } from '../http/validate.ts';

/** Any namespace's socket; its typed `on` is checked by the schema here instead. */
type Listener = {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  emit(event: 'refused', refused: Refused): unknown;
};

/**
 * Handles one client message: validates its payload with zod, runs `handle`, and answers the client's
 * acknowledgement callback (if it passed one) with `{ ok: true, … }` or `{ ok: false, error }`. Without a
 * callback, a refused message (malformed, not found…) is answered with a `refused` notice instead.
 */
export function onMessage<S extends z.ZodType>(
  socket: object,
  log: FastifyBaseLogger,
  name: string,
  schema: S,
  handle: (message: z.output<S>) => Promise<SocketReply | undefined>,
): void {
  (socket as Listener).on(name, (...args) => {
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (reply: SocketReply) => void) : undefined;
    const run = async () => {
      assertStorableText(args[0]);
      return (await handle(parseWith(schema, args[0]))) ?? { ok: true as const };
    };
    run().then(
      (reply) => ack?.(reply),
      (error: unknown) => {
        if (!(error instanceof AppError)) log.error({ err: error, message: name }, 'socket message failed');
        const known = error instanceof AppError ? error : new AppError('server_error', 'Something went wrong');
        const refusal = { code: known.code, message: known.message };
        if (ack) ack({ ok: false, error: refusal });
        else (socket as Listener).emit('refused', { type: 'refused', message: name, error: refusal });
      },
    );
  });
}
