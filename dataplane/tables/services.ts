// Service tables in Cilium's layout: a frontend hash keyed by (node scope, protocol, port,
// address words) → frontend id → service; per service two backend lists (ready, and the
// serving-terminating fallback of kube-proxy's CategorizeEndpoints) in one flat array; the
// backends' addresses, ports and nodes as typed arrays. Lookup cost does not grow with Services.
import { parseIp } from '../wire/ip.js';
import type { ForwardingProgram } from './program.js';
import { WordHash } from './word-hash.js';

export const SvcFlag = { INTERNAL_LOCAL: 1, EXTERNAL_LOCAL: 2 } as const;
/** Frontend key: [scope (node ns, or -1), protocol, port, a0, a1, a2, a3] (IPv4: a0 = address, a1..a3 = 0, protocol | 256). */
export const FE_KEY_WIDTH = 7;
export const PROTO_TCP = 6, PROTO_UDP = 17;

export interface ServiceTables {
  readonly frontends: WordHash;
  readonly feService: Int32Array;
  readonly feExternal: Uint8Array;
  readonly svcFlags: Uint8Array;
  readonly svcAffinity: Int32Array;
  readonly svcReadyStart: Int32Array; readonly svcReadyCount: Int32Array;
  readonly svcFallbackStart: Int32Array; readonly svcFallbackCount: Int32Array;
  /** Backend ids, the lists of every service one after the other. */
  readonly svcBackends: Int32Array;
  readonly beAddr4: Uint32Array;
  readonly beAddr6: Uint8Array;
  readonly bePort: Int32Array;
  readonly beNode: Int32Array;
  /** Node-scoped frontends exist: only then is the second (scoped) lookup worth doing. */
  readonly hasScoped: boolean;
}

/** Writes a frontend/flow address key part for `addr` into k[at..at+4). */
export function addrWords(addr: number | Uint8Array, k: Int32Array, at: number): void {
  if (typeof addr === 'number') { k[at] = addr | 0; k[at + 1] = 0; k[at + 2] = 0; k[at + 3] = 0; return; }
  for (let i = 0; i < 4; i++) k[at + i] = (addr[4 * i] << 24) | (addr[4 * i + 1] << 16) | (addr[4 * i + 2] << 8) | addr[4 * i + 3];
}

export function buildServiceTables(p: ForwardingProgram): ServiceTables {
  const nSvc = p.services.length;
  const nBe = p.services.reduce((n, s) => n + s.backends.length, 0);
  const t = {
    frontends: new WordHash(FE_KEY_WIDTH, Math.max(16, p.frontends.length)),
    feService: new Int32Array(p.frontends.length), feExternal: new Uint8Array(p.frontends.length),
    svcFlags: new Uint8Array(nSvc), svcAffinity: new Int32Array(nSvc),
    svcReadyStart: new Int32Array(nSvc), svcReadyCount: new Int32Array(nSvc), svcFallbackStart: new Int32Array(nSvc), svcFallbackCount: new Int32Array(nSvc),
    svcBackends: new Int32Array(2 * nBe), beAddr4: new Uint32Array(nBe), beAddr6: new Uint8Array(16 * nBe), bePort: new Int32Array(nBe), beNode: new Int32Array(nBe),
    hasScoped: p.frontends.some((f) => f.node >= 0),
  };
  let be = 0, list = 0;
  p.services.forEach((svc, s) => {
    t.svcFlags[s] = (svc.internalTrafficLocal ? SvcFlag.INTERNAL_LOCAL : 0) | (svc.externalTrafficLocal ? SvcFlag.EXTERNAL_LOCAL : 0);
    t.svcAffinity[s] = svc.affinitySeconds;
    const ids = svc.backends.map((b) => {
      const a = parseIp(b.addr)!;
      if (typeof a === 'number') t.beAddr4[be] = a; else t.beAddr6.set(a, 16 * be);
      t.bePort[be] = b.port; t.beNode[be] = b.node;
      return be++;
    });
    t.svcReadyStart[s] = list;
    svc.backends.forEach((b, i) => { if (b.ready) t.svcBackends[list++] = ids[i]; });
    t.svcReadyCount[s] = list - t.svcReadyStart[s];
    t.svcFallbackStart[s] = list;
    svc.backends.forEach((b, i) => { if (!b.ready && b.serving && b.terminating) t.svcBackends[list++] = ids[i]; });
    t.svcFallbackCount[s] = list - t.svcFallbackStart[s];
  });
  const key = new Int32Array(FE_KEY_WIDTH);
  p.frontends.forEach((fe, i) => {
    const a = parseIp(fe.addr)!;
    key[0] = fe.node; key[1] = (fe.protocol === 'TCP' ? PROTO_TCP : PROTO_UDP) | (typeof a === 'number' ? 256 : 0); key[2] = fe.port;
    addrWords(a, key, 3);
    t.frontends.set(key, 0, i);
    t.feService[i] = fe.service; t.feExternal[i] = fe.external ? 1 : 0;
  });
  return t;
}
