/** A ticket stub, drawn in the text colour; decorative (the text beside it says "Ticket"). */
export function TicketIcon() {
  return (
    <svg className="ticket-icon" aria-hidden="true" viewBox="0 0 24 24" width="14" height="14">
      <path d="M4 6h16v4a2 2 0 0 0 0 4v4H4v-4a2 2 0 0 0 0-4zM14 6v12" />
    </svg>
  );
}
