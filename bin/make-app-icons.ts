// Draws the app's PNG icons (the favicon's speech bubble) into web/public for the web app manifest, which
// Chromium needs as 192 and 512 px PNGs to offer installing. Run once after changing the logo:
//   node bin/make-app-icons.ts
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x2f, 0x5b, 0xd3] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** Samples per pixel side, for smooth edges. */
const SAMPLES = 4;

type Shape = (x: number, y: number) => boolean;

/** The favicon's geometry, on its 32-unit grid. */
function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const s1 = side(ax, ay, bx, by, x, y);
    const s2 = side(bx, by, cx, cy, x, y);
    const s3 = side(cx, cy, ax, ay, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

const bubbleBody = roundedRect(7, 10, 25, 22, 2);
const bubbleTail = triangle(15, 21.9, 10, 26, 10, 21.9);
const bubble: Shape = (x, y) => bubbleBody(x, y) || bubbleTail(x, y);

/**
 * RGBA pixels of the icon. `fullBleed`: the blue fills the square (maskable and Apple icons, which the platform
 * crops itself; the bubble sits inside the maskable safe circle); otherwise the favicon's rounded square.
 */
function drawIcon(size: number, fullBleed: boolean): Buffer {
  const background = fullBleed ? () => true : roundedRect(0, 0, 32, 32, 8);
  const pixels = Buffer.alloc(size * size * 4);
  const unit = 32 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          if (!background(x, y)) continue;
          covered++;
          if (bubble(x, y)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      const share = covered === 0 ? 0 : white / covered;
      const mix = (blue: number, white: number) => Math.round(blue + (white - blue) * share);
      pixels[offset] = mix(BLUE[0], WHITE[0]);
      pixels[offset + 1] = mix(BLUE[1], WHITE[1]);
      pixels[offset + 2] = mix(BLUE[2], WHITE[2]);
      pixels[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A truecolour-with-alpha PNG: each row is filter byte 0 followed by its pixels. */
function encodePng(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
];

for (const { file, size, fullBleed } of ICONS) {
  writeFileSync(new URL(`../web/public/${file}`, import.meta.url), encodePng(size, drawIcon(size, fullBleed)));
}
