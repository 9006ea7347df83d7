/** Spanish strings for the inbox's drafts work (merged into es.ts under `drafts`). */
export const draftsEs = {
  marker: 'Borrador',
  markerLabel: 'Tienes aquí un borrador sin enviar',
  saving: 'Guardando borrador…',
  saved: 'Borrador guardado',
  notSaved: 'Borrador aún sin guardar',
  leaveHint: 'Esc para salir',
  actions: 'Acciones de la conversación',
  openNow: 'Abrir ahora',
  snoozeMenu: 'Posponer hasta…',
};
