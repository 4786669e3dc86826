// wget as the images run it (busybox's or GNU's by flavor), with names looked up in the
// container's /etc/hosts (resolve.ts). Imports resolve.ts and wget-run.ts.
import type { CommandHandler } from '../command.js';
import { resolveHost } from '../resolve.js';
import { wgetWith } from './wget-run.js';

export const wget: CommandHandler = wgetWith(resolveHost);
