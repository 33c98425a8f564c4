import { REDIS_MISSING_HELP, redisAnswers, startRedisServer } from '@kindling/devstack';

const LOCAL_REDIS = 'redis://127.0.0.1:6379';

export interface ProvidedRedis {
  url: string;
  description: string;
  stop?: () => Promise<void>;
}

/** REDIS_URL when set, else the local Redis, else a redis-server from PATH for the life of this process. */
export async function provideRedis(configuredUrl: string | undefined): Promise<ProvidedRedis> {
  if (configuredUrl) {
    if (!(await redisAnswers(configuredUrl))) throw new Error(`Redis does not answer at REDIS_URL (${new URL(configuredUrl).host}).`);
    return { url: configuredUrl, description: 'REDIS_URL' };
  }
  if (await redisAnswers(LOCAL_REDIS)) return { url: LOCAL_REDIS, description: `local, ${LOCAL_REDIS}` };
  const started = await startRedisServer();
  if (!started) throw new Error(REDIS_MISSING_HELP);
  return { ...started, description: `redis-server started for this run, ${started.url}` };
}
