/** Black or white, whichever reads better on `background` (#rrggbb), by WCAG relative luminance. */
export function readableTextColor(background: string): '#ffffff' | '#111827' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background.trim());
  if (!match) return '#ffffff';
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = Number.parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  // White text reaches 4.5:1 only on dark backgrounds; the crossover is near luminance 0.18.
  return luminance > 0.18 ? '#111827' : '#ffffff';
}
