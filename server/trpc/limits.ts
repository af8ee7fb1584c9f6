/**
 * Calls in one batched tRPC request over HTTP. Pure constant: the browser's client imports it
 * too, so it never sends a batch the server would refuse.
 */
export const MAX_BATCH_SIZE = 10

/**
 * Messages in one WebSocket frame. The client batches whatever it sends in one tick, and on a
 * reconnect it re-sends every open subscription at once, so this must exceed the per-connection
 * subscription cap (8) plus a few calls in flight.
 */
export const MAX_WS_BATCH_SIZE = 20
