// Streams a simulated command's result as Exec chunks: stdout, stderr, then the exit code.
import type { ExecResult } from '../exec/context.js';
import type { Send } from './adapt.js';

export interface ExecChunk { stdout?: Buffer; stderr?: Buffer; exit_code?: number }

/**
 * Sends the output, then (for a following command such as tcpdump) its live output until it
 * ends or the client cancels. The follow starts (a capture attaches) before the first chunk
 * leaves, so a client that sees tcpdump's banner knows the capture is live.
 */
export async function sendExecResult(r: ExecResult, send: Send<ExecChunk>, signal?: AbortSignal): Promise<void> {
  let chain = Promise.resolve();
  // Each link gets a handler at once: a cancelled client must not leave an unhandled rejection behind.
  const queue = (chunk: ExecChunk) => { chain = chain.then(() => send(chunk)); chain.catch(() => undefined); };
  if (r.stdout) queue({ stdout: Buffer.from(r.stdout, 'utf8') });
  if (r.stderr) queue({ stderr: Buffer.from(r.stderr, 'utf8') });
  let exitCode = r.exitCode;
  if (r.follow && signal) {
    exitCode = await r.follow({
      stdout: (t) => queue({ stdout: Buffer.from(t, 'utf8') }),
      stderr: (t) => queue({ stderr: Buffer.from(t, 'utf8') }),
    }, signal);
  }
  await chain;
  await send({ exit_code: exitCode });
}
