// What the language client does when the connection to the server fails or closes.
// The library's default handler shuts the client down on a write error it cannot count — the
// stream's own 'error' event, e.g. EPIPE when the server process was killed — which can come
// before the process's close is seen; a client shut down is never restarted, so one crash left
// the editor without diagnostics. A failed write says only that the server is gone or going: this
// handler goes on, and the close that follows restarts the server, as VS Code's default does, until
// it has crashed more than MAX_RESTARTS times within RESTART_WINDOW_MS.
// The actions are the caller's (vscode-languageclient's enums): this module loads without VS Code.

/** Restarts allowed within RESTART_WINDOW_MS; one more crash in that window stops the server (the library's default). */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export interface ClientActions<ErrorAction, CloseAction> {
  /** ErrorAction.Continue */
  continue: ErrorAction;
  /** CloseAction.Restart */
  restart: CloseAction;
  /** CloseAction.DoNotRestart */
  doNotRestart: CloseAction;
}

export interface RestartingErrorHandlerOptions {
  /** The line logged for a failed read or write (the error's own message given). */
  connectionFailed: (error: string) => string;
  /** The line logged when the server's connection closed and the server is started again. */
  restarting: () => string;
  /** What the user is told when the server crashed too often to start it again. */
  gaveUp: (crashes: number, minutes: number) => string;
  now?: () => number;
}

export interface RestartingErrorHandler<ErrorAction, CloseAction> {
  error(error: Error, message: unknown, count: number | undefined): { action: ErrorAction; message: string; handled: true };
  closed(): { action: CloseAction; message: string; handled?: boolean };
}

export function restartingErrorHandler<ErrorAction, CloseAction>(
  actions: ClientActions<ErrorAction, CloseAction>,
  options: RestartingErrorHandlerOptions,
): RestartingErrorHandler<ErrorAction, CloseAction> {
  const now = options.now ?? Date.now;
  /** When the connection closed and the server was restarted, within the window. */
  let restarts: number[] = [];
  return {
    // Logged to the output channel only (`handled`): no notification for a server that is restarting.
    error: (error) => ({ action: actions.continue, message: options.connectionFailed(error.message), handled: true }),
    closed() {
      const at = now();
      restarts = restarts.filter((restart) => at - restart < RESTART_WINDOW_MS);
      if (restarts.length >= MAX_RESTARTS) {
        return { action: actions.doNotRestart, message: options.gaveUp(restarts.length + 1, RESTART_WINDOW_MS / 60_000) };
      }
      restarts.push(at);
      return { action: actions.restart, message: options.restarting(), handled: true };
    },
  };
}
