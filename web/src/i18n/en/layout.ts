/** English strings for the inbox's layout work (merged into en.ts under `layout`). */
export const layoutEn = {
  openMenu: 'Menu',
  closeMenu: 'Close menu',
  backToList: 'Back to conversations',
  details: 'Details',
  closeDetails: 'Close details',
};
