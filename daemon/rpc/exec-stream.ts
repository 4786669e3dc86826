// Streams a simulated command's result as Exec chunks: stdout, stderr, then the exit code.
import type { ExecResult } from '../exec/context.js';
import type { Send } from './adapt.js';

export interface ExecChunk { stdout?: Buffer; stderr?: Buffer; exit_code?: number }

export async function sendExecResult(r: ExecResult, send: Send<ExecChunk>): Promise<void> {
  if (r.stdout) await send({ stdout: Buffer.from(r.stdout, 'utf8') });
  if (r.stderr) await send({ stderr: Buffer.from(r.stderr, 'utf8') });
  await send({ exit_code: r.exitCode });
}
