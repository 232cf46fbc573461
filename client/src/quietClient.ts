// The language client, minus the noise of a window closing: requests the editor sent just before
// the client stopped (code actions, inlay hints…) used to fail with "Request textDocument/codeAction
// failed … Starting server failed" in the output channel. Once the client is no longer running,
// such a request has no one to answer it and nobody waiting for the answer: it gets the empty
// default quietly. Failures while running are reported as before.
// Also: after a crash the library logs "Server will restart." followed by a bare `true` (it
// passes its show-a-notification flag where the log data goes).
import type { CancellationToken, MessageSignature } from 'vscode-languageclient';
import { LanguageClient, State } from 'vscode-languageclient/node';

export class QuietLanguageClient extends LanguageClient {
  override handleFailedRequest<T>(
    type: MessageSignature,
    token: CancellationToken | undefined,
    error: unknown,
    defaultValue: T,
    showNotification?: boolean,
  ): T {
    if (this.state !== State.Running) return defaultValue;
    return super.handleFailedRequest(type, token, error, defaultValue, showNotification);
  }

  override info(message: string, data?: unknown, showNotification?: boolean): void {
    // A boolean is never log data here: it is the notification flag, one argument too early.
    if (typeof data === 'boolean') super.info(message, undefined, data);
    else super.info(message, data, showNotification);
  }
}
