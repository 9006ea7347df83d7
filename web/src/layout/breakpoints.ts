/**
 * The widths at which the app changes shape; responsive.css uses the same numbers. Measured on the inbox: below
 * 1200 px a details column leaves the thread under 400 px, below 1000 px the rail does.
 */
/** The conversation's details open as a panel over the thread, from its header's Details button. */
export const DETAILS_AS_PANEL = '(max-width: 1200px)';
/** The rail becomes a top bar whose menu button opens it as a drawer. */
export const NAV_AS_DRAWER = '(max-width: 1000px)';
/** One pane at a time: the list, then the thread (with a back button) in its place. */
export const ONE_PANE = '(max-width: 800px)';
