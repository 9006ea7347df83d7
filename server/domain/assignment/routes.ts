import type { FastifyPluginAsync } from 'fastify';
import { ZUpdateAssignmentSettingsRequestSchema } from '../../../protocol/assignment.ts';
import { forbidden } from '../../errors.ts';
import { parseWith } from '../../http/validate.ts';
import type { Actor } from '../auth/actor.ts';
import { afterCommit, sweepAssignments } from './queue.ts';
import { getAssignmentSettings, presentAssignmentSettings, updateAssignmentSettings } from './settings.ts';
import { getAssignmentStatus } from './status.ts';

function assertManager(actor: Actor): void {
  if (actor.teammate.role === 'agent') throw forbidden('Only managers and admins can see and change assignment');
}

/** Settings → Assignment and the team status page. Agents read the settings; managers and admins change them. */
export const assignmentRoutes: FastifyPluginAsync = async (app) => {
  app.get('/assignment/settings', async (request) =>
    presentAssignmentSettings(await getAssignmentSettings(app.db, request.actor.workspaceId)),
  );

  app.put('/assignment/settings', async (request) => {
    assertManager(request.actor);
    const body = parseWith(ZUpdateAssignmentSettingsRequestSchema, request.body);
    const saved = await updateAssignmentSettings(app.db, request.actor.workspaceId, body);
    // A wider window, another fallback or a new default team may free what waits.
    await afterCommit(app, 'handing out queues', () => sweepAssignments(app, request.actor.workspaceId));
    return presentAssignmentSettings(saved);
  });

  app.get('/assignment/status', async (request) => {
    assertManager(request.actor);
    return getAssignmentStatus(app.db, request.actor.workspaceId);
  });
};
