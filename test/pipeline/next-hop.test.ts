// Fib.routeNext, the segment neighbour of each via route resolved at install: it names the
// interface forward.ts's own lookup of the gateway would find (a node's per-peer podCIDR
// routes), and -1 wherever forwarding must decide per packet (Docker's gateway, local and
// on-link routes, veths).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { benchProgram, nodeNs } from '../../dataplane/bench/bench-program.js';
import { buildFib, RouteKind } from '../../dataplane/tables/fib.js';

const t = suite('pipeline/next-hop');

t('routeNext equals the segment lookup of the gateway, or -1 where forwarding decides per packet', () => {
  const shape = { nodes: 4, pods: 12, services: 0 }, p = benchProgram(shape), f = buildFib(p);
  let resolved = 0;
  for (let r = 0; r < f.routeKind.length; r++) {
    const g = f.routeIface[r], seg = f.ifaceSegment[g];
    let want = -1;
    if (f.routeKind[r] === RouteKind.UNICAST && f.routeHasVia[r] && f.ifacePeer[g] < 0 && seg >= 0) {
      const v6 = p.namespaces[f.routeNs[r]].routes[f.routeIndex[r]].dst.includes(':');
      const m = v6 ? f.segNeigh6[seg].lookup(f.routeVia6, 16 * r) : f.segNeigh4[seg].lookup(f.routeVia4[r]);
      if (m >= 0 && m !== g) want = m;
    }
    assert.is(f.routeNext[r], want, `route ${r}: ${JSON.stringify(p.namespaces[f.routeNs[r]].routes[f.routeIndex[r]])}`);
    if (want >= 0) resolved++;
  }
  assert.is(resolved, shape.nodes * (shape.nodes - 1) * 2, 'each node reaches every other node\'s podCIDRs (both families) through its eth0 neighbour');
  const n0 = nodeNs(shape, 0), routes = p.namespaces[n0].routes;
  const dflt = routes.findIndex((r) => r.dst === '0.0.0.0' && r.prefixLength === 0);
  let rid = 0;
  for (let n = 0; n < n0; n++) rid += p.namespaces[n].routes.length;
  assert.is(f.routeNext[rid + dflt], -1, 'the default route via Docker\'s gateway is resolved per packet (NO_INTERNET)');
});

t.run();
