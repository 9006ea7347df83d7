import { defineConfig, type UserConfig } from 'vite';

/**
 * The customer-facing messenger, built into messenger/dist and served by server/http/messenger-assets.ts:
 * - the app (default mode): the iframe's page at /messenger/frame, its assets under /messenger/assets/;
 *   Preact through the automatic JSX runtime;
 * - the loader (`--mode loader`): one dependency-free IIFE, loader.js, and its stylesheet, loader.css.
 */
const app: UserConfig = {
  root: 'messenger/app',
  base: '/messenger/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles anywhere: the frame's policy is script-src/style-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
};

const loader: UserConfig = {
  publicDir: false,
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
