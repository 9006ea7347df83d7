import { sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { verifyDummyPassword, verifyPassword } from '../../lib/password.ts';

type Limits = Config['signIn'];

async function countRecentFailures(db: Db, column: 'ip' | 'email', value: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(column, '=', value)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Refuses before checking the password when this IP or this account failed too often lately. */
async function assertNotRateLimited(db: Db, limits: Limits, ip: string, email: string): Promise<void> {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const [byIp, byAccount] = await Promise.all([
    countRecentFailures(db, 'ip', ip, since),
    countRecentFailures(db, 'email', email, since),
  ]);
  if (byIp < limits.maxFailuresPerIp && byAccount < limits.maxFailuresPerAccount) return;
  const scope = byAccount >= limits.maxFailuresPerAccount ? 'this account' : 'this network address';
  throw new AppError(
    'rate_limited',
    `Too many failed sign-in attempts for ${scope}. Try again in ${limits.windowMinutes} minutes.`,
    { retryAfterSeconds: limits.windowMinutes * 60 },
  );
}

/**
 * Checks email + password against every active teammate with that email (one person may belong to
 * several workspaces) and returns the first that matches, oldest membership first.
 */
export async function signIn(
  db: Db,
  limits: Limits,
  input: { email: string; password: string; ip: string },
): Promise<TeammateRow> {
  await assertNotRateLimited(db, limits, input.ip, input.email);
  const candidates = await db
    .selectFrom('teammates')
    .selectAll()
    .where('email', '=', input.email)
    .where('deactivated_at', 'is', null)
    .orderBy('created_at')
    .execute();
  if (candidates.length === 0) await verifyDummyPassword(input.password);
  for (const teammate of candidates) {
    if (await verifyPassword(teammate.password_hash, input.password)) return teammate;
  }
  await db.insertInto('sign_in_failures').values({ ip: input.ip, email: input.email }).execute();
  await db.deleteFrom('sign_in_failures').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  throw new AppError('invalid_credentials', 'Email or password is incorrect');
}
