// The `ping` and `ping6` programs: iputils 20221126 in Debian-family images and nodes, busybox's
// applet in busybox and alpine images (ctx.flavor). Imports the two personalities only.
import type { CommandHandler } from '../command.js';
import { busyboxPing } from './ping-busybox.js';
import { iputilsPing } from './ping-iputils.js';

export const ping: CommandHandler = (ctx, argv) => (ctx.flavor === 'busybox' ? busyboxPing(ctx, argv) : iputilsPing(ctx, argv));

/** iputils picks IPv6 from a program name ending in 6, busybox runs ping6_main: both from argv[0]. */
export const ping6: CommandHandler = (ctx, argv) => ping(ctx, ['ping6', ...argv.slice(1)]);
