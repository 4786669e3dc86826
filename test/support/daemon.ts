// End-to-end harness: a real netsimd (the built dist/daemon/main.js) on a temporary home, and
// the real netsim CLI (dist/cli/main.js) run against it as a user would. Everything binds to a
// Unix socket inside the temporary home; stop() ends only the daemon this harness started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DAEMON = join(ROOT, 'dist/daemon/main.js');
export const CLI = join(ROOT, 'dist/cli/main.js');

export interface CliResult { stdout: string; stderr: string; code: number }

export class TestDaemon {
  readonly home: string;
  private child: ChildProcess | undefined;
  output = '';

  constructor(home?: string) {
    this.home = home ?? join(mkdtempSync(join(tmpdir(), 'nse2e-')), 'home');
  }

  /** Starts netsimd with `args` and waits until `netsim status` says SERVING (at most 30 s). */
  async start(args: string[] = []): Promise<void> {
    if (!existsSync(DAEMON)) throw new Error(`${DAEMON} is missing: run npm run build first (npm test does)`);
    this.output = '';
    const child = spawn(process.execPath, [DAEMON, '--home', this.home, '--dns-listen', 'off', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (d) => { this.output += d; });
    child.stderr!.on('data', (d) => { this.output += d; });
    const exited = new Promise<number>((r) => child.once('exit', (code) => r(code ?? -1)));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const r = await Promise.race([exited.then((c) => ({ exited: c })), new Promise<{ exited?: undefined }>((r) => setTimeout(() => r({}), 50))]);
      if (r.exited !== undefined) throw new Error(`netsimd exited with ${r.exited}:\n${this.output}`);
      if (this.output.includes('serving on unix://')) return;
    }
    throw new Error(`netsimd did not serve within 30s:\n${this.output}`);
  }

  /** Runs `netsim ARGS --home HOME` synchronously, as a shell user would. */
  netsim(args: string[], input?: string): CliResult {
    const r = spawnSync(process.execPath, [CLI, '--home', this.home, ...args], { input, encoding: 'utf8', timeout: 60_000 });
    return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
  }

  /** Like netsim() but without blocking the event loop (for concurrent use). */
  netsimAsync(args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      const c = spawn(process.execPath, [CLI, '--home', this.home, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '', stderr = '';
      c.stdout.on('data', (d) => { stdout += d; });
      c.stderr.on('data', (d) => { stderr += d; });
      c.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    });
  }

  /** SIGTERM and wait for the exit code. */
  async stop(): Promise<number> {
    const c = this.child;
    if (!c || c.exitCode !== null) return c?.exitCode ?? 0;
    const exited = new Promise<number>((r) => c.once('exit', (code) => r(code ?? -1)));
    c.kill('SIGTERM');
    return exited;
  }

  /** SIGKILL: the crash the durability promise is about. */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGKILL');
    await exited;
  }

  cleanup(): void {
    rmSync(join(this.home, '..'), { recursive: true, force: true });
  }
}
