/** A whole number typed in a field, when it lies in [min, max]; `undefined` for anything else. */
export function parseWholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}
