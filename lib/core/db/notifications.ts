import "@/lib/core/server-only.ts";
import pg from "pg";

/**
 * PostgreSQL's LISTEN/NOTIFY for this process: one extra connection (same role and URL as
 * the pool) on which it listens to the channels asked for, reconnecting after a second when
 * it is lost. A notification arrives only after the transaction that sent it committed.
 *
 * What a process keeps because of notifications is only right while it receives them, so a
 * subscription tells whether it is live, and `reset` is called whenever notifications may have
 * been missed: when the channel goes live (changes before it were not heard) and when the
 * connection is lost. Keep nothing while it is not live.
 */
export interface Subscription {
  /** LISTEN has completed on a connection that is still open. */
  live(): boolean;
}

interface Handlers {
  message(payload: string): void;
  reset(): void;
}

interface Channel {
  handlers: Set<Handlers>;
  live: boolean;
}

interface ListenerState {
  url: string;
  client?: pg.Client;
  connected: boolean;
  channels: Map<string, Channel>;
  retry?: NodeJS.Timeout;
  closed: boolean;
}

const RECONNECT_MS = 1_000;
const globalForListener = globalThis as unknown as { bildungsnetzListener?: ListenerState };

function currentState(): ListenerState {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL ist nicht gesetzt.");
  const current = globalForListener.bildungsnetzListener;
  if (current && current.url === url) return current;
  if (current) void closeState(current);
  const state: ListenerState = { url, connected: false, channels: new Map(), closed: false };
  globalForListener.bildungsnetzListener = state;
  connect(state);
  return state;
}

function goDown(state: ListenerState): void {
  state.connected = false;
  for (const channel of state.channels.values()) {
    if (!channel.live) continue;
    channel.live = false;
    for (const handlers of channel.handlers) handlers.reset();
  }
}

async function startListening(state: ListenerState, client: pg.Client, name: string, channel: Channel): Promise<void> {
  await client.query(`LISTEN ${client.escapeIdentifier(name)}`);
  if (state.client !== client || !state.connected || channel.live) return;
  channel.live = true;
  for (const handlers of channel.handlers) handlers.reset();
}

function connect(state: ListenerState): void {
  const client = new pg.Client({
    connectionString: state.url,
    application_name: "bildungsnetz-listen",
    keepAlive: true,
  });
  state.client = client;
  let wasLive = false;
  const lost = (error?: unknown) => {
    if (state.client !== client) return;
    state.client = undefined;
    goDown(state);
    client.end().catch(() => {});
    if (state.closed) return;
    if (wasLive)
      console.warn(
        "Bildungsnetz: Verbindung für Änderungsmeldungen der Datenbank verloren, neuer Versuch in 1 s.",
        error instanceof Error ? error.message : "",
      );
    state.retry = setTimeout(() => {
      state.retry = undefined;
      if (!state.closed) connect(state);
    }, RECONNECT_MS);
    state.retry.unref();
  };
  client.on("error", lost);
  client.on("end", () => lost());
  client.on("notification", (notification) => {
    const channel = state.channels.get(notification.channel);
    if (!channel?.live) return;
    for (const handlers of channel.handlers) handlers.message(notification.payload ?? "");
  });
  client
    .connect()
    .then(async () => {
      if (state.client !== client) return;
      state.connected = true;
      wasLive = true;
      await Promise.all([...state.channels].map(([name, channel]) => startListening(state, client, name, channel)));
    })
    .catch(lost);
}

/** Listens on `channel` (a fixed name of ours) for as long as the process runs. */
export function listen(channel: string, handlers: Handlers): Subscription {
  const state = currentState();
  let entry = state.channels.get(channel);
  if (!entry) {
    entry = { handlers: new Set(), live: false };
    state.channels.set(channel, entry);
    if (state.client && state.connected) startListening(state, state.client, channel, entry).catch(() => {});
  }
  entry.handlers.add(handlers);
  const subscribed = entry;
  // goDown() clears `live` whenever the connection is lost or closed
  return { live: () => subscribed.live };
}

async function closeState(state: ListenerState): Promise<void> {
  state.closed = true;
  if (state.retry) clearTimeout(state.retry);
  const client = state.client;
  state.client = undefined;
  goDown(state);
  await client?.end().catch(() => {});
}

/** Closes the listening connection (with the pool, in disconnectDb). */
export async function closeListener(): Promise<void> {
  const state = globalForListener.bildungsnetzListener;
  globalForListener.bildungsnetzListener = undefined;
  if (state) await closeState(state);
}
