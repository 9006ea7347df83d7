import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** Every environment variable Charla reads. docs/configuration.md lists the same, with examples. */
const ZEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'Expected redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,64}$/)
    .default('charla'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: flag.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  DEMO_WORKSPACE: flag.default(true),
  DEMO_ADMIN_PASSWORD: z.string().min(10).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  SNOOZE_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  SOCKET_CREDENTIAL_CHECK_MS: z.coerce.number().int().min(100).default(30_000),
  MESSENGER_REQUESTS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  MESSENGER_SENDS_PER_VISITOR_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  BOT_IDLE_HANDOFF_MINUTES: z.coerce.number().min(0.01).default(10),
  BOT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  ASSIGNMENT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
  PRESENCE_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  SAMPLE_SITE_PORT: z.coerce.number().int().min(-1).max(65535).optional(),
  SECRET_KEY: z.string().min(32, 'SECRET_KEY needs at least 32 characters').optional(),
  JIRA_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  JIRA_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JIRA_RECONCILE_CRON: z.string().max(100).default('* * * * *'),
  JOBS_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  WEBHOOKS_ALLOW_PRIVATE_URLS: flag.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(5),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  WEBHOOK_RETRY_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).max(604_800).default(3600),
});

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  /** PUBLIC_URL was given. Without it, links shown to a signed-in admin use the address they reached (public-url.ts). */
  isPublicUrlSet: boolean;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Hot statements prepared once per connection; off behind a pooler in transaction mode. */
  databasePreparedStatements: boolean;
  dataDir: string;
  /** With it, realtime fans out across app nodes through Redis; without it, in-process only. */
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  logLevel: string;
  trustProxy: boolean;
  bodyLimitBytes: number;
  sessionTtlDays: number;
  invitationTtlDays: number;
  signIn: { windowMinutes: number; maxFailuresPerIp: number; maxFailuresPerAccount: number };
  demoWorkspace: boolean;
  demoAdminPassword: string | undefined;
  shutdownTimeoutMs: number;
  snoozeCheckIntervalMs: number;
  /** How often each app process re-reads the credentials of its open sockets (a safety net for revocation). */
  socketCredentialCheckMs: number;
  /** Per app process (in memory). */
  messengerRateLimits: { perIpPerMinute: number; sendsPerVisitorPerMinute: number };
  /** A customer who leaves the bot's question unanswered this long is handed to a person. */
  botIdleHandoffMinutes: number;
  botSweepIntervalMs: number;
  assignmentSweepIntervalMs: number;
  presenceIntervalMs: number;
  /** The sample website with the messenger embedded (npm start); -1 turns it off, 0 picks a free port. */
  sampleSitePort: number;
  /**
   * Encrypts stored credentials (Jira's API token) and signs customer ticket links. From SECRET_KEY; on the
   * embedded database, generated once into DATA_DIR/secret.key when unset (server/lib/secret-key.ts).
   */
  secretKey: string | undefined;
  /** Calls to Jira: retries with backoff from the first delay; reconciliation schedule (cron, UTC). */
  jira: { retryLimit: number; retryDelaySeconds: number; reconcileCron: string };
  /** Background jobs (server/jobs): how often idle workers look for due jobs (retries included). */
  jobs: { pollIntervalSeconds: number };
  /** Outgoing webhooks (docs/webhooks.md). */
  webhooks: {
    /** Allow subscription URLs on loopback and private networks (tests, trusted intranets). */
    allowPrivateUrls: boolean;
    timeoutMs: number;
    maxAttempts: number;
    retryDelaySeconds: number;
    retryDelayMaxSeconds: number;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    isPublicUrlSet: e.PUBLIC_URL !== undefined,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
    dataDir: path.resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    signIn: {
      windowMinutes: e.SIGN_IN_WINDOW_MINUTES,
      maxFailuresPerIp: e.SIGN_IN_MAX_FAILURES_PER_IP,
      maxFailuresPerAccount: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    },
    demoWorkspace: e.DEMO_WORKSPACE,
    demoAdminPassword: e.DEMO_ADMIN_PASSWORD,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    snoozeCheckIntervalMs: e.SNOOZE_CHECK_INTERVAL_MS,
    socketCredentialCheckMs: e.SOCKET_CREDENTIAL_CHECK_MS,
    messengerRateLimits: {
      perIpPerMinute: e.MESSENGER_REQUESTS_PER_IP_PER_MINUTE,
      sendsPerVisitorPerMinute: e.MESSENGER_SENDS_PER_VISITOR_PER_MINUTE,
    },
    botIdleHandoffMinutes: e.BOT_IDLE_HANDOFF_MINUTES,
    botSweepIntervalMs: e.BOT_SWEEP_INTERVAL_MS,
    assignmentSweepIntervalMs: e.ASSIGNMENT_SWEEP_INTERVAL_MS,
    presenceIntervalMs: e.PRESENCE_INTERVAL_MS,
    sampleSitePort: e.SAMPLE_SITE_PORT ?? (e.PORT === 0 ? 0 : e.PORT + 1),
    secretKey: e.SECRET_KEY,
    jira: {
      retryLimit: e.JIRA_RETRY_LIMIT,
      retryDelaySeconds: e.JIRA_RETRY_DELAY_SECONDS,
      reconcileCron: e.JIRA_RECONCILE_CRON,
    },
    jobs: { pollIntervalSeconds: e.JOBS_POLL_INTERVAL_SECONDS },
    webhooks: {
      allowPrivateUrls: e.WEBHOOKS_ALLOW_PRIVATE_URLS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      retryDelayMaxSeconds: e.WEBHOOK_RETRY_DELAY_MAX_SECONDS,
    },
  };
}
