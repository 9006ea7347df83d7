import type { PublicTicket } from '../../../protocol/tickets.ts';

/** A ticket's state as the customer reads it (its external label), coloured by category. */
export function StateBadge({ state }: { state: PublicTicket['state'] }) {
  return <span class={`state-badge is-${state.category}`}>{state.label}</span>;
}
