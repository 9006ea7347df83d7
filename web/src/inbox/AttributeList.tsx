/** Attributes as a compact key → value list, readable at a glance. */
export function AttributeList({ entries }: { entries: [string, unknown][] }) {
  return (
    <dl className="attribute-list">
      {entries.map(([key, value]) => (
        <div key={key} className="attribute-row">
          <dt>{key}</dt>
          <dd>{typeof value === 'boolean' ? (value ? '✓' : '✗') : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
