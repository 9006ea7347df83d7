/** A round initial standing for a person or the team. */
export function Avatar({ name, isTeam = true }: { name: string; isTeam?: boolean }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span class={isTeam ? 'avatar' : 'avatar is-customer'} aria-hidden="true">
      {initial}
    </span>
  );
}
