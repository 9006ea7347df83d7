import net from 'node:net';
import { z } from 'zod';
import { controlSocketPath } from './control-socket-path.ts';

export type ControlCommand = 'ping' | 'backup';

const ZAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pid: z.number(), bytes: z.number().int().min(0).default(0) }),
  z.object({ ok: z.literal(false), pid: z.number(), error: z.string() }),
]);

export interface ServerAnswer {
  pid: number;
  /** The backup tarball (empty for a ping). */
  body: Buffer;
}

/** No server listens: the socket file is missing, or left behind by a server that is gone. */
const NOBODY_LISTENS = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTSOCK']);

/**
 * Sends one command to the Charla server that has DATA_DIR open, over its control socket.
 * Resolves `undefined` when no server answers there; rejects when one answers with an error.
 */
export function askServer(dataDir: string, command: ControlCommand): Promise<ServerAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(controlSocketPath(dataDir), () => socket.end(`${JSON.stringify({ command })}\n`));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code && NOBODY_LISTENS.has(error.code)) resolve(undefined);
      else reject(error);
    });
    socket.on('end', () => {
      try {
        resolve(readAnswer(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function readAnswer(data: Buffer): ServerAnswer {
  const newline = data.indexOf(0x0a);
  if (newline < 0) throw new Error('The server closed the backup socket without an answer');
  const answer = ZAnswerSchema.parse(JSON.parse(data.subarray(0, newline).toString('utf8')));
  if (!answer.ok) throw new Error(`The server (pid ${answer.pid}) could not take the backup: ${answer.error}`);
  const body = data.subarray(newline + 1);
  if (body.length !== answer.bytes) {
    throw new Error(`The server sent ${body.length} of ${answer.bytes} bytes: the copy was cut short`);
  }
  return { pid: answer.pid, body };
}
