/** `billing_topic` → "Billing topic": an attribute key as a label. Keys people wrote as words stay as they are. */
export function readableAttributeName(key: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(key)) return key;
  const words = key.split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
