// The two IPC channel names shared by the main process adapter and the preload. Nothing else in
// the app names a channel.

/** Renderer → main: one `call` message; the handler resolves with its `reply` or `fail`. */
export const CALL_CHANNEL = 'heapscope:call';
/** Main → renderer: one `event` message from the simulation service. */
export const EVENT_CHANNEL = 'heapscope:event';
