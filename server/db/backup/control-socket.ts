import { chmod, mkdir, unlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { askServer } from './ask-server.ts';
import { controlSocketPath } from './control-socket-path.ts';
import { dumpEmbeddedDatabase } from './dump.ts';

export interface ControlSocket {
  /** Starts answering backup requests with the app's database; closes with the app. */
  serve(app: FastifyInstance): void;
}

/** A request is one short JSON line; anything longer is not ours. */
const MAX_REQUEST_BYTES = 1024;

/**
 * Claims `<DATA_DIR>.sock` for this server before it opens the embedded database: the CLI asks there for
 * backups and checks there that no server runs before a restore. A socket left by a server that is gone is
 * replaced; one that answers means another server has the data directory open, and this one must not start.
 * Owner-only (mode 600): whoever may read DATA_DIR may take a backup, nobody else. Nothing on PostgreSQL.
 */
export async function claimControlSocket(config: Config): Promise<ControlSocket | undefined> {
  if (config.databaseUrl) return undefined;
  const socketPath = controlSocketPath(config.dataDir);
  await mkdir(path.dirname(path.resolve(config.dataDir)), { recursive: true });
  let app: FastifyInstance | undefined;
  // Half-open: the CLI ends its side after the request and still reads the answer.
  const server = net.createServer({ allowHalfOpen: true }, (socket) => void answer(socket, app));
  try {
    await listen(server, socketPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const other = await askServer(config.dataDir, 'ping');
    if (other) {
      throw new Error(
        `Another Charla server (pid ${other.pid}) has ${config.dataDir} open; the embedded database allows one process. Stop it or set another DATA_DIR.`,
      );
    }
    await unlink(socketPath);
    await listen(server, socketPath);
  }
  await chmod(socketPath, 0o600);
  return {
    serve(instance) {
      app = instance;
      instance.addHook('onClose', () => new Promise<void>((resolve) => server.close(() => resolve())));
    },
  };
}

function listen(server: net.Server, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function answer(socket: net.Socket, app: FastifyInstance | undefined): Promise<void> {
  socket.on('error', () => socket.destroy());
  const reply = (header: object, body?: Buffer): void => {
    socket.end(Buffer.concat([jsonLine(header), body ?? Buffer.alloc(0)]));
  };
  const request = await readRequest(socket);
  if (request === 'ping') return reply({ ok: true, pid: process.pid });
  if (request !== 'backup') return reply({ ok: false, pid: process.pid, error: 'unknown command' });
  if (!app?.database.pglite) return reply({ ok: false, pid: process.pid, error: 'the server is starting; try again' });
  const started = performance.now();
  try {
    const tarball = await dumpEmbeddedDatabase(app.database.pglite);
    app.log.info({ bytes: tarball.length, ms: Math.round(performance.now() - started) }, 'backup taken');
    reply({ ok: true, pid: process.pid, bytes: tarball.length }, tarball);
  } catch (error) {
    app.log.error({ err: error }, 'backup failed');
    reply({ ok: false, pid: process.pid, error: error instanceof Error ? error.message : String(error) });
  }
}

function jsonLine(value: object): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`);
}

/** The command of the request line, or undefined for anything malformed. */
function readRequest(socket: net.Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    let data = '';
    const done = (command: string | undefined) => {
      socket.removeAllListeners('data');
      resolve(command);
    };
    socket.on('data', (chunk) => {
      data += chunk;
      const newline = data.indexOf('\n');
      if (newline >= 0) return done(parseCommand(data.slice(0, newline)));
      if (data.length > MAX_REQUEST_BYTES) done(undefined);
    });
    socket.on('end', () => done(undefined));
  });
}

function parseCommand(line: string): string | undefined {
  try {
    const request = JSON.parse(line) as { command?: unknown };
    return typeof request.command === 'string' ? request.command : undefined;
  } catch {
    return undefined;
  }
}
