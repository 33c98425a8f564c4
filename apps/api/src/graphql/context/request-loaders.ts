import { Viewer } from './viewer';

/** A feature's per-request loaders (DataLoaders), built lazily the first time a request needs them. */
export interface LoaderFactory<T> {
  createLoaders(viewer: Viewer | null): T;
}

/** Created per request in the GraphQL context, so batching and caching never cross requests or viewers. */
export class RequestLoaders {
  private readonly built = new Map<LoaderFactory<unknown>, unknown>();

  constructor(private readonly viewer: Viewer | null) {}

  for<T>(factory: LoaderFactory<T>): T {
    if (!this.built.has(factory)) this.built.set(factory, factory.createLoaders(this.viewer));
    return this.built.get(factory) as T;
  }
}
