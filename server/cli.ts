import { parseArgs } from 'node:util';
import { ZEmailSchema, ZLanguageSchema, ZNameSchema, ZRoleSchema } from '../protocol/common.ts';
import { type Config, loadConfig } from './config.ts';
import { backupEmbeddedDatabase } from './db/backup/backup.ts';
import { restoreEmbeddedDatabase } from './db/backup/restore.ts';
import type { Database } from './db/database.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { messengerSnippet } from './domain/messenger/snippet.ts';
import { createTeammate, findTeammateByEmail, setPassword } from './domain/teammates/service.ts';
import { createAccessToken } from './domain/tokens/service.ts';
import { ensureDemoWorkspace } from './domain/workspaces/demo.ts';
import { createWorkspace, findWorkspace } from './domain/workspaces/service.ts';
import { AppError } from './errors.ts';
import { randomSecret } from './lib/secrets.ts';
import { broadcastRevocation } from './realtime/revocation-broadcast.ts';

const USAGE = `Usage: charla <command> [options]

Commands:
  migrate                                   apply pending database migrations
  create-workspace --name <name> [--slug <slug>] [--timezone <tz>] [--language en|es]
                                            prints the new workspace id
  create-admin --workspace <id|slug> --email <email> --name <name> [--password <pw>] [--role admin|manager|agent]
                                            prints the password (generated when not given)
  set-password --workspace <id|slug> --email <email> [--password <pw>]
  create-token --workspace <id|slug> --name <name> [--admin <email>]
                                            prints the bearer token once (acts as the given or first admin)
  messenger-snippet --workspace <id|slug>   prints the tag that adds the messenger to a website (uses PUBLIC_URL)
  demo                                      create the demo workspace if the database has none
  backup <file> [--force]                   copy the embedded database (DATA_DIR) to a file, also while the server runs
  restore <file> [--force]                  replace DATA_DIR with a backup (the server must be stopped; the old
                                            data is kept beside it as <DATA_DIR>.before-restore-<time>)

The database is the one the server uses: DATABASE_URL, or the embedded one under DATA_DIR.
--force lets backup and restore use a DATA_DIR whose postmaster.pid a killed process left behind.`;

type Values = Record<string, string | undefined>;

function required(values: Values, name: string): string {
  const value = values[name];
  if (!value) throw new AppError('parameter_not_found', `--${name} is required`);
  return value;
}

async function firstAdminId(database: Database, workspaceId: string): Promise<number> {
  const admin = await database.db
    .selectFrom('teammates')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!admin) throw new AppError('admin_not_found', 'The workspace has no active admin: create one first');
  return admin.id;
}

const COMMANDS: Record<string, (database: Database, values: Values) => Promise<string>> = {
  migrate: async () => 'Migrations are up to date.',
  demo: async (database) => {
    const demo = await ensureDemoWorkspace(database.db, loadConfig().demoAdminPassword);
    return demo
      ? `Demo workspace ${demo.workspace.id} created. Sign in as ${demo.adminEmail} / ${demo.adminPassword}`
      : 'The database already has a workspace; nothing to do.';
  },
  'create-workspace': async (database, values) => {
    const workspace = await createWorkspace(database.db, {
      name: ZNameSchema.parse(required(values, 'name')),
      slug: values.slug,
      timezone: values.timezone,
      defaultLanguage: values.language ? ZLanguageSchema.parse(values.language) : undefined,
    });
    return workspace.id;
  },
  'create-admin': async (database, values) => {
    const workspace = await findWorkspace(database.db, required(values, 'workspace'));
    const password = values.password ?? randomSecret(12);
    await createTeammate(database.db, {
      workspaceId: workspace.id,
      email: ZEmailSchema.parse(required(values, 'email')),
      name: ZNameSchema.parse(required(values, 'name')),
      role: ZRoleSchema.parse(values.role ?? 'admin'),
      password,
    });
    return password;
  },
  'set-password': async (database, values) => {
    const workspace = await findWorkspace(database.db, required(values, 'workspace'));
    const email = ZEmailSchema.parse(required(values, 'email'));
    const teammate = await findTeammateByEmail(database.db, workspace.id, email);
    if (!teammate) throw new AppError('admin_not_found', `No teammate ${email} in ${workspace.slug}`);
    const password = values.password ?? randomSecret(12);
    await setPassword(database.db, workspace.id, teammate.id, password);
    // The running app processes end this teammate's cookie sockets too (at once through Redis, else soon).
    const config = loadConfig();
    const told = await broadcastRevocation(config, {
      target: { kind: 'teammate_sessions', workspaceId: workspace.id, teammateId: teammate.id },
      reason: 'password_changed',
    });
    if (config.redisUrl && !told) console.error('Redis unreachable: open sockets end at the next credential check');
    return password;
  },
  'messenger-snippet': async (database, values) => {
    const workspace = await findWorkspace(database.db, required(values, 'workspace'));
    return messengerSnippet(loadConfig().publicUrl, workspace.id);
  },
  'create-token': async (database, values) => {
    const workspace = await findWorkspace(database.db, required(values, 'workspace'));
    const adminEmail = values.admin ? ZEmailSchema.parse(values.admin) : undefined;
    const admin = adminEmail ? await findTeammateByEmail(database.db, workspace.id, adminEmail) : undefined;
    if (adminEmail && !admin) throw new AppError('admin_not_found', `No teammate ${adminEmail}`);
    const { token } = await createAccessToken(database.db, {
      workspaceId: workspace.id,
      teammateId: admin?.id ?? (await firstAdminId(database, workspace.id)),
      name: ZNameSchema.parse(required(values, 'name')),
    });
    return token;
  },
};

/** Commands on the embedded database's files: they must not open (or migrate) it the usual way. */
const FILE_COMMANDS: Record<string, (config: Config, file: string, force: boolean) => Promise<string>> = {
  backup: backupEmbeddedDatabase,
  restore: restoreEmbeddedDatabase,
};

const OPTIONS = {
  ...Object.fromEntries(
    ['name', 'slug', 'timezone', 'language', 'workspace', 'email', 'password', 'role', 'admin'].map((key) => [
      key,
      { type: 'string' as const },
    ]),
  ),
  help: { type: 'boolean' as const, short: 'h' },
  force: { type: 'boolean' as const },
};

async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // An unknown or malformed option: say which, then how the commands are used.
    console.error(`charla: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const command = positionals[0] ? COMMANDS[positionals[0]] : undefined;
  const fileCommand = positionals[0] ? FILE_COMMANDS[positionals[0]] : undefined;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (fileCommand) return runFileCommand(fileCommand, positionals, values.force === true);
  if (!command) {
    console.error(USAGE);
    return positionals[0] ? 2 : 0;
  }
  const { database } = await openConfiguredDatabase(loadConfig());
  try {
    console.log(await command(database, values as Values));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`charla ${positionals[0]}: ${message}`);
    return 1;
  } finally {
    await database.close();
  }
}

async function runFileCommand(
  command: (config: Config, file: string, force: boolean) => Promise<string>,
  [name, file, ...extra]: string[],
  force: boolean,
): Promise<number> {
  if (!file || extra.length > 0) {
    console.error(`charla ${name}: give one file name: charla ${name} <file>\n\n${USAGE}`);
    return 2;
  }
  try {
    console.log(await command(loadConfig(), file, force));
    return 0;
  } catch (error) {
    console.error(`charla ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
