import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { safeEqual } from './secrets.ts';

/**
 * The embedded database's key when SECRET_KEY is unset: generated once into DATA_DIR/secret.key (mode 600),
 * so a first `npm start` needs no setup. With PostgreSQL, set SECRET_KEY on every process.
 */
export async function ensureEmbeddedSecretKey(config: Config): Promise<void> {
  if (config.secretKey || config.databaseUrl) return;
  const file = path.join(config.dataDir, 'secret.key');
  try {
    config.secretKey = (await readFile(file, 'utf8')).trim();
    return;
  } catch {
    // Not there yet: create it (wx: another process starting at once may win; then read theirs).
  }
  try {
    await writeFile(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch {
    // Written by a concurrent start.
  }
  config.secretKey = (await readFile(file, 'utf8')).trim();
}

function requireKey(config: Pick<Config, 'secretKey'>, purpose: string): string {
  if (!config.secretKey) throw new AppError('parameter_invalid', `Set SECRET_KEY on the server to ${purpose}`);
  return config.secretKey;
}

/** A sub-key per purpose, so one secret never serves two uses directly. */
function subKey(secret: string, purpose: string): Buffer {
  return createHash('sha256').update(`charla:${purpose}:`).update(secret).digest();
}

/** AES-256-GCM; the result is `iv.tag.ciphertext` in base64url. */
export function encryptSecret(config: Pick<Config, 'secretKey'>, plaintext: string): string {
  const key = subKey(requireKey(config, 'store credentials'), 'encrypt');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

export function decryptSecret(config: Pick<Config, 'secretKey'>, sealed: string): string {
  const key = subKey(requireKey(config, 'read stored credentials'), 'encrypt');
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !ciphertext) throw new Error('malformed sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

/** An HMAC-SHA256 signature of `message` (base64url), e.g. for customer ticket links. */
export function signMessage(config: Pick<Config, 'secretKey'>, message: string): string {
  const key = subKey(requireKey(config, 'sign links'), 'sign');
  return createHmac('sha256', key).update(message).digest('base64url');
}

export function isValidSignature(config: Pick<Config, 'secretKey'>, message: string, signature: string): boolean {
  if (!config.secretKey) return false;
  return safeEqual(signMessage(config, message), signature);
}
