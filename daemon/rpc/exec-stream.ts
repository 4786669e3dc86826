// Streams a simulated command's result as Exec chunks: stdout, stderr, then the exit code.
import type { ExecResult } from '../exec/context.js';
import type { Send } from './adapt.js';

export interface ExecChunk { stdout?: Buffer; stderr?: Buffer; exit_code?: number }

/** Sends the output, then (for a following command such as tcpdump) its live output until it ends or the client cancels. */
export async function sendExecResult(r: ExecResult, send: Send<ExecChunk>, signal?: AbortSignal): Promise<void> {
  if (r.stdout) await send({ stdout: Buffer.from(r.stdout, 'utf8') });
  if (r.stderr) await send({ stderr: Buffer.from(r.stderr, 'utf8') });
  let exitCode = r.exitCode;
  if (r.follow && signal) {
    let chain = Promise.resolve();
    const queue = (chunk: ExecChunk) => { chain = chain.then(() => send(chunk)); };
    exitCode = await r.follow({
      stdout: (t) => queue({ stdout: Buffer.from(t, 'utf8') }),
      stderr: (t) => queue({ stderr: Buffer.from(t, 'utf8') }),
    }, signal);
    await chain;
  }
  await send({ exit_code: exitCode });
}
