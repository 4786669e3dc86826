// Child process of close.test.ts: start a host, use it, close it, and let the process end by
// itself. Prints one JSON line; never calls process.exit.
import { packetBatch } from '../../dataplane/worker/batch.js';
import { DataplaneHost } from '../../dataplane/worker/host.js';
import { DataplaneWorkerError } from '../../dataplane/worker/messages.js';
import { packetMix, testProgram } from './fixture.js';

const host = await DataplaneHost.start({ workers: 2, slots: 64 });
await host.install(testProgram(1));
const r = await host.forwardBatch(packetBatch(packetMix(testProgram(1))));
await Promise.all([host.close(), host.close()]);
const after = await host.forwardBatch(packetBatch(packetMix(testProgram(1)))).then(() => 'ran', (e: unknown) => (e instanceof DataplaneWorkerError ? e.code : String(e)));
const install = await host.install(testProgram(2)).then(() => 'installed', (e: unknown) => (e instanceof DataplaneWorkerError ? e.code : String(e)));
process.stdout.write(`${JSON.stringify({ ran: r.action.length, after, install })}\n`);
