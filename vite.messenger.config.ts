import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Fails the build when what a visitor downloads outgrows its budget (gzipped), and prints the figure:
 * the loader runs on every page of the customer's site, the app on first open.
 */
function sizeBudget(name: string, limitKb: number, counts: (fileName: string) => boolean): Plugin {
  return {
    name: 'charla-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      let bytes = 0;
      for (const output of Object.values(bundle)) {
        if (!counts(output.fileName)) continue;
        bytes += gzipSync(output.type === 'chunk' ? output.code : output.source).length;
      }
      const kb = (bytes / 1024).toFixed(2);
      console.log(`messenger ${name}: ${kb} KB gzipped (budget ${limitKb} KB)`);
      if (bytes > limitKb * 1024)
        this.error(`The messenger ${name} is ${kb} KB gzipped, over its ${limitKb} KB budget`);
    },
  };
}

/**
 * The customer-facing messenger, built into messenger/dist and served by server/http/messenger-assets.ts:
 * - the app (default mode): the iframe's page at /messenger/frame and the signed ticket page at /t/…, their
 *   assets under /messenger/assets/; Preact through the automatic JSX runtime;
 * - the loader (`--mode loader`): one dependency-free IIFE, loader.js, and its stylesheet, loader.css.
 */
const app: UserConfig = {
  root: 'messenger/app',
  base: '/messenger/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [sizeBudget('app (scripts and styles)', 80, (file) => !file.endsWith('.html'))],
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles anywhere: the frame's policy is script-src/style-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The frame, and the signed ticket page (/t/…), which shares its screens.
    rollupOptions: {
      input: { index: fromHere('messenger/app/index.html'), ticket: fromHere('messenger/app/ticket.html') },
    },
  },
};

const loader: UserConfig = {
  publicDir: false,
  plugins: [sizeBudget('loader (loader.js)', 5, (file) => file.endsWith('.js'))],
  build: {
    outDir: 'messenger/dist',
    emptyOutDir: false,
    target: 'es2020',
    cssCodeSplit: false,
    lib: {
      entry: 'messenger/loader/main.ts',
      formats: ['iife'],
      name: 'CharlaLoader',
      fileName: () => 'loader.js',
      cssFileName: 'loader',
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'loader' ? loader : app));
