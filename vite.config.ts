import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The agent web app: built into web/dist, which the server serves (server/http/web.ts). */
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
