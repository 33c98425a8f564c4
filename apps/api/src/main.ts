import { AppConfig } from '@kindling/config';
import { createApiApp, forceExitAfterSignal } from './bootstrap';

async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const app = await createApiApp({ config });
  forceExitAfterSignal();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  console.log(`Kindling API listening on http://localhost:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
