/** Spanish strings for the inbox's search work (merged into es.ts under `search`). */
export const searchEs = {
  open: 'Buscar',
  title: 'Buscar conversaciones y contactos',
  shortcut: 'Buscar conversaciones y contactos',
  placeholder: 'Buscar mensajes, notas, nombres, emails…',
  cancel: 'Cancelar',
  results: 'Resultados de la búsqueda',
  conversations: 'Conversaciones',
  contacts: 'Contactos',
  note: 'Nota',
  unnamed: 'Contacto sin nombre',
  noConversation: 'Sin conversaciones',
  empty:
    'Encuentra conversaciones por lo que se dijo (mensajes y notas), por el nombre o el email del contacto, y contactos.',
  searching: 'Buscando…',
  noResults: 'No hay nada para «{{q}}». Revisa la ortografía o prueba con menos palabras.',
  failed: 'La búsqueda ha fallado. Vuelve a intentarlo en un momento.',
  keys: '↑ ↓ para moverte · Intro para abrir · Esc para cerrar',
};
