/**
 * The Parley HTTP server: Fastify with zod schemas (validation, serialisation, OpenAPI),
 * SQLite persistence (WAL, migrations) and a worker pool for analyses behind a bounded queue.
 *
 *     const server = await createServer({ dataDir: 'data', catalogDir: 'catalog', port: 0 });
 *     const url = await server.listen();   // http://127.0.0.1:<port>
 *     …
 *     await server.close();
 */
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { openDatabase } from './db/openDatabase.ts';
import { RunStore } from './db/runStore.ts';
import { ScenarioStore } from './db/scenarioStore.ts';
import { registerErrorHandling } from './http/errorHandler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { JobRunner } from './jobs/jobRunner.ts';
import { WorkerPool } from './jobs/workerPool.ts';
import { resolveOptions, type ResolvedOptions, type ServerOptions } from './options.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { importRoutes } from './routes/importRoutes.ts';
import { runRoutes } from './routes/runRoutes.ts';
import { scenarioRoutes } from './routes/scenarioRoutes.ts';
import { RunService } from './runs/runService.ts';
import { loadCatalog } from './scenarios/catalog.ts';
import { ScenarioService } from './scenarios/scenarioService.ts';
import { registerAccessControl } from './security/access.ts';
import {
  CONTENT_SECURITY_POLICY,
  registerSecurityHeaders,
  SECURITY_HEADERS,
} from './security/securityHeaders.ts';
import { registerStaticFiles } from './security/staticFiles.ts';

export interface ParleyServer {
  app: FastifyInstance;
  options: ResolvedOptions;
  scenarios: ScenarioService;
  runs: RunService;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops accepting requests, stops the workers (active runs end `interrupted`), closes the database. */
  close(): Promise<void>;
}

/** The worker module: TypeScript beside this file from source, the built file in dist. */
export function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./jobs/runWorker.ts', import.meta.url)
    : new URL('./run-worker.js', import.meta.url);
}

export async function createServer(input: ServerOptions): Promise<ParleyServer> {
  const options = resolveOptions(input);
  const database = await openDatabase(options.dataDir);
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    forceCloseConnections: true,
    requestTimeout: 60_000,
  });
  const runStore = new RunStore(database.db);
  const interrupted = await runStore.interruptUnfinished();
  if (interrupted > 0) app.log.warn(`${interrupted} run(s) were interrupted by the last shutdown`);
  const catalog = loadCatalog(options.catalogDir);
  for (const problem of catalog.problems) app.log.warn(problem);

  // The pool tells the runner when a worker frees up; the runner needs the pool: a late binding.
  const runnerRef: { current?: JobRunner } = {};
  const pool = new WorkerPool({
    url: options.workerUrl ?? defaultWorkerUrl(),
    size: options.workers,
    resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb },
    onIdle: () => runnerRef.current?.dispatch(),
    onWorkerProblem: (message) => app.log.warn(message),
  });
  const runner = new JobRunner(pool, {
    maxQueue: options.maxQueue,
    timeoutMs: options.jobTimeoutMs,
  });
  runnerRef.current = runner;
  const scenarios = new ScenarioService(new ScenarioStore(database.db), catalog);
  const runs = new RunService(runStore, runner, app.log);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerAccessControl(app, {
    host: options.host,
    ...(options.token ? { token: options.token } : {}),
  });
  registerSecurityHeaders(app);
  await registerOpenApi(app, options.token !== undefined);

  const zapp = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(zapp, runs, scenarios);
  scenarioRoutes(zapp, scenarios);
  importRoutes(zapp, scenarios);
  runRoutes(zapp, {
    runs,
    scenarios,
    baseHeaders: { ...SECURITY_HEADERS, 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
  if (options.webDir !== undefined) registerStaticFiles(app, options.webDir);
  else app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/docs'));

  app.addHook('onClose', async () => {
    await runs.close();
    await database.close();
  });
  await app.ready();

  return {
    app,
    options,
    scenarios,
    runs,
    async listen() {
      await app.listen({ host: options.host, port: options.port });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      return `http://${host}:${port}`;
    },
    close: () => app.close(),
  };
}
