import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  ZCreateContactRequestSchema,
  ZListContactsQuerySchema,
  ZUpdateContactRequestSchema,
} from '../../../protocol/contacts.ts';
import { SEARCH_DEFAULT_PER_PAGE, ZSearchRequestSchema } from '../../../protocol/search.ts';
import { notFound } from '../../errors.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { revokeSockets } from '../../realtime/revocation.ts';
import { listContacts, searchContacts } from './listing.ts';
import { presentContact, presentContactBlocked, presentContactDeleted } from './presenter.ts';
import {
  blockContact,
  createContact,
  deleteContact,
  findContactByExternalId,
  getContact,
  updateContact,
} from './service.ts';

const ZContactParamsSchema = z.object({ id: ZIdParamSchema });
const ZExternalIdParamsSchema = z.object({ external_id: z.string().min(1).max(255) });

/** Intercom's contacts API. Every teammate may read and write contacts. */
export const contactRoutes: FastifyPluginAsync = async (app) => {
  app.post('/contacts', async (request) => {
    const body = parseWith(ZCreateContactRequestSchema, request.body);
    return presentContact(await createContact(app, request.actor.workspaceId, body));
  });

  app.get('/contacts', async (request) => {
    const query = parseWith(ZListContactsQuerySchema, request.query);
    return listContacts(app.db, request.actor.workspaceId, {
      perPage: query.per_page,
      startingAfter: query.starting_after,
    });
  });

  app.post('/contacts/search', async (request) => {
    const { query, pagination } = parseWith(ZSearchRequestSchema, request.body);
    return searchContacts(app.db, request.actor.workspaceId, query, {
      perPage: pagination?.per_page ?? SEARCH_DEFAULT_PER_PAGE,
      startingAfter: pagination?.starting_after,
      cursorField: 'pagination.starting_after',
    });
  });

  app.get('/contacts/find_by_external_id/:external_id', async (request) => {
    const { external_id } = parseParams(ZExternalIdParamsSchema, request.params);
    const contact = await findContactByExternalId(app.db, request.actor.workspaceId, external_id);
    if (!contact) throw notFound('contact_not_found', 'Contact not found');
    return presentContact(contact);
  });

  app.get('/contacts/:id', async (request) => {
    const { id } = parseParams(ZContactParamsSchema, request.params);
    return presentContact(await getContact(app.db, request.actor.workspaceId, id));
  });

  app.put('/contacts/:id', async (request) => {
    const { id } = parseParams(ZContactParamsSchema, request.params);
    const body = parseWith(ZUpdateContactRequestSchema, request.body);
    return presentContact(await updateContact(app, request.actor.workspaceId, id, body));
  });

  app.post('/contacts/:id/block', async (request) => {
    const { id } = parseParams(ZContactParamsSchema, request.params);
    const blocked = await blockContact(app, request.actor.workspaceId, id);
    revokeSockets(app, {
      target: { kind: 'contact_messengers', workspaceId: request.actor.workspaceId, contactId: id },
      reason: 'contact_blocked',
    });
    return presentContactBlocked(blocked);
  });

  app.delete('/contacts/:id', async (request) => {
    const { id } = parseParams(ZContactParamsSchema, request.params);
    const deleted = await deleteContact(app, request.actor.workspaceId, id);
    revokeSockets(app, {
      target: { kind: 'contact', workspaceId: request.actor.workspaceId, contactId: id },
      reason: 'contact_deleted',
    });
    return presentContactDeleted(deleted);
  });
};
