import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';

const loadConfigured = () =>
  api.getJiraSettings().then(
    (settings) => settings.configured,
    () => false,
  );

/** Whether the workspace is connected to Jira (false until known, and when the answer fails). */
export function useJiraConfigured(): boolean {
  return useResource(loadConfigured).data ?? false;
}
