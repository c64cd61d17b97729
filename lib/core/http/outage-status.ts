import "@/lib/core/server-only.ts";
import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";

// An App Router page cannot set its status: a Server Component that throws makes Next answer
// 500. For a database outage the right answer is 503 with Retry-After (a load balancer or
// monitor then knows to try again, as the public pages already answer). So every request gets
// a small state (AsyncLocalStorage, entered before Next sees the request), the database layer
// marks it when the database was unreachable (lib/core/db/outage.ts), and the response's
// 500 goes out as 503 when so marked. Every other status stays as Next set it.

interface RequestState {
  databaseUnavailable: boolean;
}

const STORAGE = Symbol.for("bildungsnetz.requestState");
const INSTALLED = Symbol.for("bildungsnetz.outageStatus");

/** One storage per process, also when Next bundles this module into several chunks. */
function requestStates(): AsyncLocalStorage<RequestState> {
  const shared = globalThis as { [STORAGE]?: AsyncLocalStorage<RequestState> };
  return (shared[STORAGE] ??= new AsyncLocalStorage<RequestState>());
}

/** Marks the current request: the database could not be reached while serving it. */
export function noteDatabaseUnavailable(): void {
  const state = requestStates().getStore();
  if (state) state.databaseUnavailable = true;
}

/** Sends the response's 500 as 503 (with Retry-After) when its request was marked. */
export function answer503WhenMarked(response: ServerResponse, state: RequestState): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && state.databaseUnavailable) {
      statusCode = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      this.setHeader("Retry-After", "5");
      this.setHeader("Cache-Control", "no-store");
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse["writeHead"];
}

/**
 * Gives every request of every HTTP server in this process its state, before its request
 * listener (Next's) runs: Node publishes `http.server.request.start` synchronously ahead of
 * the "request" event, so what Next does for the request runs inside the state entered here.
 * Installed once from instrumentation.ts.
 */
export function answer503DuringOutage(): void {
  const shared = globalThis as { [INSTALLED]?: boolean };
  if (shared[INSTALLED]) return;
  shared[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { response } = message as { response: ServerResponse };
    const state: RequestState = { databaseUnavailable: false };
    requestStates().enterWith(state);
    answer503WhenMarked(response, state);
  });
}
