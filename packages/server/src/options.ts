/**
 * Server settings, their defaults, and the one rule that is not a default: binding an address
 * other than loopback needs an access token.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isLoopbackAddress } from './security/loopback.ts';

export interface ServerOptions {
  /** Directory of the database (created if missing). */
  dataDir: string;
  /** Directory of the built-in scenarios (`*.yaml`), served read-only. */
  catalogDir?: string;
  /** Directory of the web app's built files, served at `/`. */
  webDir?: string;
  /** Address to bind; default 127.0.0.1. Anything but loopback needs `token`. */
  host?: string;
  /** Port; default 8080, 0 for any free port. */
  port?: number;
  /** Access token clients send as `Authorization: Bearer <token>` (at least 16 characters). */
  token?: string;
  /** Jobs that may wait beyond the running ones; more get 503. Default 32. */
  maxQueue?: number;
  /** Worker threads for analyses; default the CPU count − 1, between 1 and 4. */
  workers?: number;
  /** Time limit of one run, ms; default 10 minutes. */
  jobTimeoutMs?: number;
  /** Heap limit of one worker, MB; default 1024. */
  workerMemoryMb?: number;
  /** Largest request body, bytes; default 8 MiB. */
  bodyLimit?: number;
  /** Fastify/pino logger settings; default off. */
  logger?: boolean | { level: string };
  /** The worker module (tests substitute one that can crash on demand). */
  workerUrl?: URL;
}

export type ResolvedOptions = Required<
  Omit<ServerOptions, 'token' | 'webDir' | 'catalogDir' | 'workerUrl'>
> &
  Pick<ServerOptions, 'token' | 'webDir' | 'catalogDir' | 'workerUrl'>;

/** A setting that cannot work, found before anything starts. */
export class ConfigError extends Error {
  readonly code = 'bad-config';
}

const MIN_TOKEN = 16;

export function resolveOptions(options: ServerOptions): ResolvedOptions {
  const host = options.host ?? '127.0.0.1';
  const token = options.token === '' ? undefined : options.token;
  if (token !== undefined && token.length < MIN_TOKEN) {
    throw new ConfigError(`the access token must have at least ${MIN_TOKEN} characters`);
  }
  if (!isLoopbackAddress(host) && token === undefined) {
    throw new ConfigError(
      `binding ${host} exposes the server to the network: give an access token (--token or PARLEY_TOKEN), or bind 127.0.0.1`,
    );
  }
  const positive = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min)
      throw new ConfigError(`${name} must be a whole number ≥ ${min}, not ${value}`);
    return value;
  };
  const port = (value: number) => {
    if (!Number.isInteger(value) || value < 0 || value > 65_535)
      throw new ConfigError(`port must be 0–65535, not ${value}`);
    return value;
  };
  return {
    dataDir: resolve(options.dataDir),
    host,
    port: port(options.port ?? 8080),
    maxQueue: positive('maxQueue', options.maxQueue ?? 32, 0),
    workers: positive(
      'workers',
      options.workers ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
      1,
    ),
    jobTimeoutMs: positive('jobTimeoutMs', options.jobTimeoutMs ?? 10 * 60_000, 1),
    workerMemoryMb: positive('workerMemoryMb', options.workerMemoryMb ?? 1024, 32),
    bodyLimit: positive('bodyLimit', options.bodyLimit ?? 8 * 1024 * 1024, 1024),
    logger: options.logger ?? false,
    ...(token !== undefined ? { token } : {}),
    ...(options.catalogDir !== undefined ? { catalogDir: resolve(options.catalogDir) } : {}),
    ...(options.webDir !== undefined ? { webDir: resolve(options.webDir) } : {}),
    ...(options.workerUrl !== undefined ? { workerUrl: options.workerUrl } : {}),
  };
}
