// The Service tables the NAT reads: every frontend is found through its index and filter bit
// (a later duplicate wins, scoped keys apart), a key that is no frontend is not, and the
// frontend and backend records repeat the per-service and per-backend arrays.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { benchProgram, nodeAddr4, nodeAddr6 } from '../../dataplane/bench/bench-program.js';
import { Be, BE_STRIDE, buildServiceTables, Fe, FE_STRIDE, frontendBit, lookupFrontend, type ServiceTables } from '../../dataplane/tables/services.js';
import type { ForwardingProgram } from '../../dataplane/tables/program.js';
import { parseIp } from '../../dataplane/wire/ip.js';

const t = suite('pipeline/service-tables');

/** The bench cluster plus NodePorts on each node's addresses (scoped) and a duplicate ClusterIP frontend. */
function program(services: number): ForwardingProgram {
  const p = benchProgram({ nodes: 3, pods: 30, services });
  const nodePorts = p.frontends.slice(0, 6).flatMap((f, j) => [0, 1, 2].map((n) => ({
    ...f, addr: f.addr.includes(':') ? nodeAddr6(n) : nodeAddr4(n), port: 30000 + j, external: true, node: n,
  })));
  p.frontends.push(...nodePorts, { ...p.frontends[0], service: 2 });
  return p;
}

function keyOf(addr: string, protocol: string, port: number): [number, number, number, number, number, number] {
  const a = parseIp(addr)!, w = [0, 0, 0, 0];
  if (typeof a === 'number') w[0] = a | 0;
  else for (let i = 0; i < 4; i++) w[i] = (a[4 * i] << 24) | (a[4 * i + 1] << 16) | (a[4 * i + 2] << 8) | a[4 * i + 3];
  return [(protocol === 'TCP' ? 6 : 17) | (typeof a === 'number' ? 256 : 0), port, w[0], w[1], w[2], w[3]];
}

const bitSet = (s: ServiceTables, b: number) => (s.feFilter[(b & s.feFilterMask) >>> 5] & (1 << (b & 31))) !== 0;

t('every frontend is found by its key and passes the filter; the last duplicate wins', () => {
  for (const n of [3, 2000]) {
    const p = program(n), s = buildServiceTables(p);
    p.frontends.forEach((f, i) => {
      const [pf, port, a0, a1, a2, a3] = keyOf(f.addr, f.protocol, f.port);
      const found = lookupFrontend(s, f.node, pf, port, a0, a1, a2, a3);
      const same = p.frontends.map((g, j) => (g.addr === f.addr && g.port === f.port && g.node === f.node && g.protocol === f.protocol ? j : -1));
      const last = Math.max(...same);
      assert.is(found, last, `${n} Services, frontend ${i} (${f.addr}:${f.port} on ${f.node})`);
      assert.ok(bitSet(s, frontendBit(pf, port, a0, a1, a2, a3)), `frontend ${i}: filter bit`);
    });
    const [pf, , a0, a1, a2, a3] = keyOf(p.frontends[0].addr, 'UDP', 80);
    assert.is(lookupFrontend(s, -1, pf, 81, a0, a1, a2, a3), -1, 'another port');
    assert.is(lookupFrontend(s, 0, pf, 80, a0, a1, a2, a3), -1, 'a ClusterIP is not node-scoped');
    const np = p.frontends.find((f) => f.node === 1)!, k = keyOf(np.addr, np.protocol, np.port);
    assert.is(lookupFrontend(s, -1, ...k), -1, 'a NodePort is only found with its node scope');
  }
});

t('frontend and backend records repeat the service and backend arrays', () => {
  const p = program(50), s = buildServiceTables(p);
  p.frontends.forEach((f, i) => {
    const o = i * FE_STRIDE, sv = s.feRec[o + Fe.SERVICE];
    assert.is(sv, f.service);
    assert.equal([s.feRec[o + Fe.EXTERNAL], s.feRec[o + Fe.FLAGS], s.feRec[o + Fe.AFFINITY], s.feRec[o + Fe.READY_START], s.feRec[o + Fe.READY_COUNT], s.feRec[o + Fe.FALLBACK_START], s.feRec[o + Fe.FALLBACK_COUNT]],
      [f.external ? 1 : 0, s.svcFlags[sv], s.svcAffinity[sv], s.svcReadyStart[sv], s.svcReadyCount[sv], s.svcFallbackStart[sv], s.svcFallbackCount[sv]], `frontend ${i}`);
  });
  for (let be = 0; be < s.bePort.length; be++) {
    const o = be * BE_STRIDE, a6 = Array.from({ length: 4 }, (_, i) => (s.beAddr6[16 * be + 4 * i] << 24) | (s.beAddr6[16 * be + 4 * i + 1] << 16) | (s.beAddr6[16 * be + 4 * i + 2] << 8) | s.beAddr6[16 * be + 4 * i + 3]);
    assert.equal([s.beRec[o + Be.ADDR4], s.beRec[o + Be.PORT], s.beRec[o + Be.NODE], ...s.beRec.subarray(o + Be.ADDR6, o + Be.ADDR6 + 4)], [s.beAddr4[be] | 0, s.bePort[be], s.beNode[be], ...a6], `backend ${be}`);
  }
});

t.run();
