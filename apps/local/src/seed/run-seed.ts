import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@kindling/config';
import { SeedContext } from './seed-step';
import { SEED_STEPS } from './steps';
import { SeedModule } from './seed.module';

/** Writes the demo data through a Nest application context of the real services. */
export async function seedDemoData(config: AppConfig, log: (line: string) => void): Promise<void> {
  const app = await NestFactory.createApplicationContext(SeedModule.register(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const context: SeedContext = { app, members: new Map(), communities: new Map() };
    for (const step of SEED_STEPS) log(`demo data: ${step.name}: ${await step.run(context)}`);
  } finally {
    await app.close();
  }
}
