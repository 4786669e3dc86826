// The CLI's own version, from package.json (the CLI and the daemon ship together).
import { readFileSync } from 'node:fs';

export function cliVersion(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      return (JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { version: string }).version;
    } catch { dir = new URL('..', dir); }
  }
  return '0.0.0';
}
