/** The one tag a website adds: the loader learns the workspace from its own URL. */
export function messengerSnippet(publicUrl: string, workspaceId: string): string {
  return `<script src="${publicUrl}/widget/${workspaceId}" async></script>`;
}
