/** Spanish strings for the inbox's layout work (merged into es.ts under `layout`). */
export const layoutEs = {
  openMenu: 'Menú',
  closeMenu: 'Cerrar el menú',
  backToList: 'Volver a las conversaciones',
  details: 'Detalles',
  closeDetails: 'Cerrar los detalles',
};
