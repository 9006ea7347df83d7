import type { FastifyInstance } from 'fastify';

/** Placeholder until the messenger build lands: serves the loader, the iframe page and its assets. */
export async function registerMessengerAssets(_app: FastifyInstance): Promise<void> {}
