/**
 * Calls in one batched tRPC request, over HTTP and WebSocket. Pure constant: the browser's client
 * imports it too, so it never sends a batch the server would refuse.
 */
export const MAX_BATCH_SIZE = 10
