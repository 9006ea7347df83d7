import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Account, AccountDirectory } from '../accounts.ts';
import { JiraError } from '../errors.ts';

const signedIn = new WeakMap<FastifyRequest, Account>();

const unauthenticated = () => new JiraError(401, ['Client must be authenticated to access this resource.']);

/** Requires HTTP Basic with an account's email and API token on every route of `app`; a 401 as Jira answers it. */
export function requireBasicAuth(app: FastifyInstance, accounts: AccountDirectory): void {
  app.addHook('onRequest', async (request) => {
    const account = accounts.authenticate(request.headers.authorization);
    if (!account) throw unauthenticated();
    signedIn.set(request, account);
  });
}

/** The account that sent this request (routes behind `requireBasicAuth` only). */
export function accountOf(request: FastifyRequest): Account {
  const account = signedIn.get(request);
  if (!account) throw unauthenticated();
  return account;
}
