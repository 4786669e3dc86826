// netsim bench alloc|forward [-o json]: benchmarks that load the daemon's and dataplane's modules in process, as
// `go test -bench` does (product.md). The other benchmarks arrive with their issues.
import { flagString, UsageError } from '../args.js';
import { benchAllocText } from './bench-alloc.js';
import { benchForwardText } from './bench-forward.js';
import { benchCreatePod, benchCreateService } from './bench-whole-path.js';
import { benchServiceAllocators } from './bench-alloc-services.js';
import type { Command } from './command.js';

export const benchCommand: Command = {
  name: 'bench', summary: 'Measure the allocators and the control plane in process',
  usage: 'netsim bench alloc|forward [-o json] [--seconds N]',
  flags: [{ name: 'output', short: 'o', type: 'string' }, { name: 'seconds', type: 'string' }],
  async run(ctx, args) {
    const what = args.positionals[0];
    const output = flagString(args, 'output') === 'json' ? 'json' : 'table';
    const seconds = flagString(args, 'seconds') ? Number(flagString(args, 'seconds')) : undefined;
    if (what === 'forward') { ctx.io.out(await benchForwardText(output, { seconds })); return 0; }
    if (what !== 'alloc') throw new UsageError(`unknown benchmark "${what ?? ''}": available now: alloc, forward (grpc, dns and scale come with their issues)`);
    ctx.io.out(await benchAllocText(output, { seconds, createPodWholePath: benchCreatePod, createServiceWholePath: benchCreateService, services: benchServiceAllocators }));
    return 0;
  },
};
