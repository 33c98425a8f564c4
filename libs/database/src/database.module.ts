import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kindling/config';
import { DataSourceOptions } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

/** One TypeORM DataSource per process, built from the same options the migration CLI uses. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: (databaseUrl: string) => DataSourceOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const base = options(config.databaseUrl);
            return { ...base, extra: { ...base.extra, max: config.databasePoolSize }, retryAttempts: 3, retryDelay: 1000 };
          },
        }),
      ],
      providers: [TransactionRunner],
      exports: [TransactionRunner, TypeOrmModule],
    };
  }
}
