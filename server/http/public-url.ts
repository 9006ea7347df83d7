import type { FastifyRequest } from 'fastify';

/** A host name, IPv4 or [IPv6] address, with an optional port: nothing that could add a path or credentials. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * Charla's address for a link shown to the person making this request: PUBLIC_URL when set; otherwise the
 * address they reached Charla at, so an admin on http://192.168.1.20:3000 gets links that work on their network.
 *
 * Why trusting the request is acceptable here: only a signed-in admin's own request builds the link, and it
 * goes back to that admin alone (nothing is emailed or cached), so a forged Host only fools whoever forged it.
 * Fastify reads X-Forwarded-Host and X-Forwarded-Proto only when TRUST_PROXY is on; otherwise the Host header
 * and the socket decide. Links sent to third parties (email, webhooks) should keep to PUBLIC_URL.
 */
export function publicUrlFor(request: FastifyRequest): string {
  const { config } = request.server;
  if (config.isPublicUrlSet) return config.publicUrl;
  const { protocol, host } = request;
  const isUsable = (protocol === 'http' || protocol === 'https') && HOST.test(host);
  return isUsable ? `${protocol}://${host}` : config.publicUrl;
}
