/**
 * Who may talk to the server.
 *
 * - **Token.** With a token (required when binding anything but loopback), every request to
 *   /api/*, /openapi.json and /docs must carry `Authorization: Bearer <token>`; compared in
 *   constant time. `/api/health` stays open for probes; static web files carry no data.
 * - **Host check.** Without a token the server is reachable only from this machine, but a web
 *   page the user visits could still reach it through DNS rebinding (a hostile name resolving to
 *   127.0.0.1). Such requests carry the hostile name in `Host`, so only loopback host names (and
 *   the bound address) are accepted.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hostName, isLoopbackAddress } from './loopback.ts';

export interface AccessOptions {
  token?: string;
  /** The address the server binds. */
  host: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

const protectedPath = (url: string) =>
  (url.startsWith('/api/') && !url.startsWith('/api/health')) ||
  url === '/api' ||
  url.startsWith('/openapi.json') ||
  url.startsWith('/docs');

export function registerAccessControl(app: FastifyInstance, options: AccessOptions): void {
  const { token } = options;
  const bound = hostName(options.host);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (token === undefined) {
      const name = hostName(request.headers.host ?? '');
      if (!isLoopbackAddress(name) && name !== bound) {
        return reply.code(403).send({
          error: 'bad-host',
          message: `requests must be addressed to localhost, not ${name || 'an empty Host'}`,
          hint: 'open the app at http://127.0.0.1:<port>/ (or start the server with a token)',
        });
      }
      return;
    }
    if (protectedPath(request.url) && !tokenMatches(request.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="parley"').send({
        error: 'unauthorized',
        message: 'this server needs an access token',
        hint: 'send Authorization: Bearer <token>',
      });
    }
  });
}
