import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  file: string;
  raw: number;
  gzipped: number;
  /** Loaded by index.html itself (script, stylesheet or modulepreload), not on demand. */
  isEager: boolean;
}

/** The JS and CSS files of a Vite build, with their sizes and whether the first load fetches them. */
export async function readAssets(distDir: string): Promise<Asset[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const eager = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((match) => match[1]));
  const files = (await readdir(join(distDir, 'assets'))).filter((file) => /\.(js|css)$/.test(file));
  return Promise.all(
    files.sort().map(async (file) => {
      const content = await readFile(join(distDir, 'assets', file));
      return { file, raw: content.length, gzipped: gzipSync(content).length, isEager: eager.has(`assets/${file}`) };
    }),
  );
}
