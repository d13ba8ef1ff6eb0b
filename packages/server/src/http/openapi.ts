/**
 * The OpenAPI 3 document, generated from the routes' zod schemas (the same ones that validate
 * requests), served at /openapi.json, and a browsable Swagger UI at /docs.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { VERSION } from '../version.ts';

export async function registerOpenApi(app: FastifyInstance, secured: boolean): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley API',
        description:
          'Scenarios (versioned), validation, import/export, and analyses (GMCR, forecast, negotiate, compare, games) run as jobs. Guide: docs/api.md.',
        version: VERSION,
      },
      tags: [
        { name: 'scenarios', description: 'Saved scenarios and their versions' },
        { name: 'catalog', description: 'Built-in, read-only scenarios' },
        { name: 'files', description: 'Validation, import and conversion' },
        { name: 'runs', description: 'Analyses as jobs: progress, results, cancel' },
        { name: 'server', description: 'Health' },
      ],
      components: secured
        ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } }
        : {},
      ...(secured ? { security: [{ bearer: [] }] } : {}),
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
