import type { z } from 'zod';
import type { ZUpdateMessengerSettingsRequestSchema } from '../../../protocol/messenger.ts';
import type { Db } from '../../db/index.ts';

export interface MessengerSettingsRow {
  workspaceId: string;
  identityVerification: boolean;
  allowedOrigins: string[];
  primaryColor: string;
  launcherColor: string;
  greeting: { en: string; es: string };
}

export const DEFAULT_GREETING = {
  en: 'Hi there 👋 Ask us anything, we are happy to help.',
  es: 'Hola 👋 Pregúntanos lo que quieras, estamos para ayudarte.',
};

/** A workspace's messenger settings; defaults when none were saved. Undefined for an unknown workspace. */
export async function getMessengerSettings(db: Db, workspaceId: string): Promise<MessengerSettingsRow | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .leftJoin('messenger_settings', 'messenger_settings.workspace_id', 'workspaces.id')
    .select([
      'workspaces.id',
      'messenger_settings.identity_verification',
      'messenger_settings.allowed_origins',
      'messenger_settings.primary_color',
      'messenger_settings.launcher_color',
      'messenger_settings.greeting',
    ])
    .where('workspaces.id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return undefined;
  const greeting = (row.greeting ?? {}) as Partial<Record<'en' | 'es', string>>;
  return {
    workspaceId: row.id,
    identityVerification: row.identity_verification ?? false,
    allowedOrigins: row.allowed_origins ?? [],
    primaryColor: row.primary_color ?? '#2563eb',
    launcherColor: row.launcher_color ?? '#2563eb',
    greeting: { en: greeting.en || DEFAULT_GREETING.en, es: greeting.es || DEFAULT_GREETING.es },
  };
}

export async function updateMessengerSettings(
  db: Db,
  workspaceId: string,
  input: z.output<typeof ZUpdateMessengerSettingsRequestSchema>,
): Promise<void> {
  const values = {
    ...(input.identity_verification === undefined ? {} : { identity_verification: input.identity_verification }),
    ...(input.allowed_origins === undefined
      ? {}
      : { allowed_origins: JSON.stringify([...new Set(input.allowed_origins)]) }),
    ...(input.primary_color === undefined ? {} : { primary_color: input.primary_color }),
    ...(input.launcher_color === undefined ? {} : { launcher_color: input.launcher_color }),
    ...(input.greeting === undefined ? {} : { greeting: JSON.stringify(input.greeting) }),
  };
  await db
    .insertInto('messenger_settings')
    .values({ workspace_id: workspaceId, greeting: '{}', allowed_origins: '[]', ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

/** The `frame-ancestors` sources for the messenger iframe of a workspace: its allowed origins, or any. */
export function frameAncestors(settings: MessengerSettingsRow): string {
  return settings.allowedOrigins.length > 0 ? settings.allowedOrigins.join(' ') : '*';
}
