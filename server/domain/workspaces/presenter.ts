import type { App } from '../../../protocol/admins.ts';
import type { WorkspaceRow } from '../../db/index.ts';
import { unixSeconds } from '../../lib/time.ts';

/** Intercom's `app` object: the workspace as the API shows it. */
export function presentApp(workspace: WorkspaceRow): App {
  return {
    type: 'app',
    id_code: workspace.id,
    name: workspace.name,
    created_at: unixSeconds(workspace.created_at),
    secure: true,
    identity_verification: true,
    timezone: workspace.timezone,
    region: 'self-hosted',
  };
}
