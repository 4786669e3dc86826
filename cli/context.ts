// What every command gets: the parsed global flags, the daemon target, a lazily connected
// client, output streams and the clock for AGE columns. Imports only cli/ and proto/.
import { NetsimClient, resolveTarget, type ClientTarget } from './client.js';

export interface Io { out(text: string): void; err(text: string): void }

export class CommandContext {
  private clientValue: NetsimClient | undefined;
  readonly target: ClientTarget;

  constructor(flags: { home?: string; address?: string }, readonly io: Io, readonly now: () => number = Date.now) {
    this.target = resolveTarget(flags);
  }

  get client(): NetsimClient {
    this.clientValue ??= new NetsimClient(this.target.address);
    return this.clientValue;
  }

  close(): void { this.clientValue?.close(); }
}

/** Exit codes as kubectl uses them: 0 success, 1 any error. */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
