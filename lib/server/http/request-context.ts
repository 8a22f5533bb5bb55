import 'server-only';
// The request a route handler is answering, for code further down that must
// read its headers (the Authorization header of API-token calls) without every
// function taking the request as a parameter. Set by route().
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<Request>();

export function runWithRequest<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  return storage.run(request, fn);
}

export function currentRequest(): Request | undefined {
  return storage.getStore();
}
