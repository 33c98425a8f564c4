import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kindling/config';
import { dataSourceOptions } from '@kindling/database/data-source';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { Factories } from './factories';
import { GraphQLResponse, postGraphQL, RequestOptions, socketClient } from './graphql-client';
import { QueryCounter } from './query-counter';

export interface TestApp {
  app: NestFastifyApplication;
  /** The worker's application context, when started with `{ worker: true }`. */
  worker?: INestApplicationContext;
  config: AppConfig;
  url: string;
  db: DataSource;
  queries: QueryCounter;
  factories: Factories;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  socket(token?: string): ReturnType<typeof socketClient>;
  close(): Promise<void>;
}

/**
 * A Redis prefix per test file (under the run's prefix, so teardown still
 * finds every key): one file's workers never take another file's jobs, while
 * the apps of one file (two API instances, say) share queues and channels.
 */
function filePrefix(): string | undefined {
  const base = process.env.REDIS_PREFIX;
  const testPath = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath;
  return base && testPath ? `${base}:${createHash('sha1').update(testPath).digest('hex').slice(0, 8)}` : base;
}

/** Boots the API as production does (Fastify, real Postgres and Redis) on a free port; optionally the worker too. */
export async function createTestApp(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = AppConfig.fromEnv({ ...process.env, REDIS_PREFIX: filePrefix(), ...options.env });
  const queries = new QueryCounter();
  const app = await createApiApp({ config, dataSource: (url) => dataSourceOptions(url, queries) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  let worker: INestApplicationContext | undefined;
  try {
    if (options.worker) {
      worker = await NestFactory.createApplicationContext(WorkerModule.register({ config }), { logger: false });
      await worker.init();
    }
  } catch (error) {
    await app.close(); // a listening app left open would keep jest alive
    throw error;
  }
  return {
    app,
    worker,
    config,
    url,
    db: app.get(DataSource),
    queries,
    factories: new Factories(app),
    gql: (query, variables, requestOptions) => postGraphQL(url, query, variables, requestOptions),
    socket: (token) => socketClient(url, token),
    async close() {
      await worker?.close();
      await app.close();
    },
  };
}
