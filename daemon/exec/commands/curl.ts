// curl as the images run it: curl-run.ts with names looked up in the container's /etc/hosts
// (resolve.ts). Imports resolve.ts and curl-run.ts.
import type { CommandHandler } from '../command.js';
import { resolveHost } from '../resolve.js';
import { curlWith } from './curl-run.js';

export const curl: CommandHandler = curlWith(resolveHost);
