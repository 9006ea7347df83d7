import type { viewEditorEn } from '../en/viewEditor.ts';

/** Spanish strings for the inbox's viewEditor work (merged into es.ts under `viewEditor`). */
export const viewEditorEs: typeof viewEditorEn = {
  edit: 'Editar vista',
  editTitle: 'Editar vista',
  sharedHint: 'Compartida con todo el equipo: los cambios se ven en la bandeja de todos.',
  namedTeammates: 'Compañeros concretos…',
  teammates: 'Asignada a cualquiera de',
  errors: {
    noState: 'Elige al menos un estado: una vista sin estado no mostraría nada.',
    noTeammate: 'Elige al menos un compañero, u otra asignación.',
  },
  deleteTitle: 'Eliminar esta vista',
  deleteSharedHint: 'Desaparece de la bandeja de todos. Las conversaciones no cambian.',
  deletePrivateHint: 'Las conversaciones no cambian.',
  delete: 'Eliminar vista',
  deleteNamed: 'Eliminar la vista {{name}}',
  manage: 'Gestionar vistas',
  manageTitle: 'Gestionar vistas',
  manageHint: 'Desmarca una vista para ocultarla de tu menú; seguirá aquí. Solo tú ves lo que ocultas.',
  noViews: 'Aún no hay vistas guardadas ni bandejas de equipo.',
  showInNav: 'Mostrar {{name}} en el menú',
  moveUp: 'Subir {{name}}',
  moveDown: 'Bajar {{name}}',
  done: 'Hecho',
  kinds: { built_in: 'Predefinida', team: 'Bandeja de equipo', shared: 'Compartida', private: 'Privada' },
  teamInboxes: 'Bandejas de equipo',
  timeColumn: { lastActivity: 'Última actividad', waiting: 'Esperando desde' },
  lastActivityAgo: 'última actividad hace {{duration}}',
};
