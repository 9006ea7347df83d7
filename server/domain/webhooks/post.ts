import http from 'node:http';
import https from 'node:https';
import { isPrivateHost, publicOnlyLookup } from './addresses.ts';

/** How much of a receiver's answer is kept in the delivery log. */
export const RESPONSE_BODY_LIMIT = 2048;

export interface PostResult {
  status: number | null;
  body: string | null;
  error: string | null;
  durationMs: number;
}

export interface PostOptions {
  timeoutMs: number;
  allowPrivateUrls: boolean;
}

function describe(error: unknown, timeoutMs: number): string {
  const { name, code, message } = error as NodeJS.ErrnoException;
  if (name === 'AbortError' || name === 'TimeoutError') return `No answer within ${timeoutMs / 1000} s`;
  return code ? `${code}: ${message}` : message;
}

/**
 * POSTs `body` once, without following redirects, and keeps the first 2 KB of the answer. Never throws: a
 * failure to connect, a refused address or the timeout come back as `error`.
 */
export function postJson(url: string, body: string, headers: Record<string, string>, options: PostOptions) {
  const started = performance.now();
  const done = (result: Omit<PostResult, 'durationMs'>): PostResult => ({
    ...result,
    durationMs: Math.round(performance.now() - started),
  });
  const target = new URL(url);
  if (!options.allowPrivateUrls && isPrivateHost(target.hostname)) {
    return Promise.resolve(done({ status: null, body: null, error: 'Refused: a loopback or private address' }));
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve) => {
    let isSettled = false;
    const settle = (result: Omit<PostResult, 'durationMs'>) => {
      if (isSettled) return;
      isSettled = true;
      resolve(done(result));
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivateUrls ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT));
          settle({ status: response.statusCode ?? null, body: text, error: null });
        };
        response.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_BODY_LIMIT) chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_BODY_LIMIT) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        // The status arrived; a body cut short (timeout, reset) still counts as that status.
        response.on('error', finish);
        response.on('close', finish);
      },
    );
    request.on('error', (error) => settle({ status: null, body: null, error: describe(error, options.timeoutMs) }));
    request.end(body);
  });
}
