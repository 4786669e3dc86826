// Service tables in Cilium's layout: a frontend index keyed by (node scope, protocol, port,
// address words) → frontend id → service; per service two backend lists (ready, and the
// serving-terminating fallback of kube-proxy's CategorizeEndpoints) in one flat array; the
// backends' addresses, ports and nodes as typed arrays. Lookup cost does not grow with Services:
// a one-bit filter over (protocol, port, address) answers most misses (every packet not to a
// Service) with one read, and a first packet reads one frontend record (its service's fields
// copied in) and one backend record, not an array per field.
import { parseIp } from '../wire/ip.js';
import { FlowIndex } from './flow-index.js';
import type { ForwardingProgram } from './program.js';
import { hash4 } from './word-hash.js';

export const SvcFlag = { INTERNAL_LOCAL: 1, EXTERNAL_LOCAL: 2 } as const;
/** Frontend key: [scope (node ns, or -1), protocol, port, a0, a1, a2, a3] (IPv4: a0 = address, a1..a3 = 0, protocol | 256). */
export const FE_KEY_WIDTH = 7;
export const PROTO_TCP = 6, PROTO_UDP = 17;

/**
 * Frontend record, FE_STRIDE words from fe * FE_STRIDE: the key, then its service's fields.
 *   | key 0-6 | service 7 | external 8 | svcFlags 9 | affinity s 10 | ready start, count 11-12 | fallback start, count 13-14 | - |
 */
export const FE_STRIDE = 16;
export const Fe = { SERVICE: 7, EXTERNAL: 8, FLAGS: 9, AFFINITY: 10, READY_START: 11, READY_COUNT: 12, FALLBACK_START: 13, FALLBACK_COUNT: 14 } as const;
/** Backend record, BE_STRIDE words from be * BE_STRIDE: | IPv4 address 0 | port 1 | node 2 | IPv6 address words 3-6 | - |. */
export const BE_STRIDE = 8;
export const Be = { ADDR4: 0, PORT: 1, NODE: 2, ADDR6: 3 } as const;

export interface ServiceTables {
  /** hash of a frontend key → frontend id (lookupFrontend checks the key in feRec). */
  readonly feIndex: FlowIndex;
  readonly feRec: Int32Array;
  readonly beRec: Int32Array;
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
  /** Bit frontendBit(...) & feFilterMask is set for every frontend, scoped or not (no false negatives). */
  readonly feFilter: Int32Array;
  readonly feFilterMask: number;
}

/**
 * The filter bit of a frontend: protocol | family bit and port as in the key, address words
 * a0..a3 (IPv4: a0 and zeros). A set bit means "maybe a frontend"; a clear one, certainly not.
 */
export function frontendBit(protocolFamily: number, port: number, a0: number, a1: number, a2: number, a3: number): number {
  return hash4((protocolFamily << 16) | port, a0, a1 ^ a2, a3);
}

const frontendHash = (scope: number, protocolFamily: number, port: number, a0: number, a1: number, a2: number, a3: number): number =>
  hash4(scope, (protocolFamily << 16) | port, a0 ^ a1, a2 ^ a3) | 0;

/** The frontend with this key (FE_KEY_WIDTH words as arguments), or -1. */
export function lookupFrontend(t: ServiceTables, scope: number, protocolFamily: number, port: number, a0: number, a1: number, a2: number, a3: number): number {
  const h = frontendHash(scope, protocolFamily, port, a0, a1, a2, a3), s = t.feIndex.slots, mask = t.feIndex.mask, r = t.feRec;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const v = s[2 * i + 1];
    if (v === 0) return -1;
    if (s[2 * i] !== h) continue;
    const o = (v - 1) * FE_STRIDE;
    if (r[o] === scope && r[o + 1] === protocolFamily && r[o + 2] === port && r[o + 3] === a0 && r[o + 4] === a1 && r[o + 5] === a2 && r[o + 6] === a3) return v - 1;
  }
}

/** 16 filter bits per frontend (about 6 % false positives), at least 2^12. */
function filterBits(frontends: number): number {
  let bits = 4096;
  while (bits < 16 * frontends) bits *= 2;
  return bits;
}

/** Writes a frontend/flow address key part for `addr` into k[at..at+4). */
export function addrWords(addr: number | Uint8Array, k: Int32Array, at: number): void {
  if (typeof addr === 'number') { k[at] = addr | 0; k[at + 1] = 0; k[at + 2] = 0; k[at + 3] = 0; return; }
  for (let i = 0; i < 4; i++) k[at + i] = (addr[4 * i] << 24) | (addr[4 * i + 1] << 16) | (addr[4 * i + 2] << 8) | addr[4 * i + 3];
}

type Building = { -readonly [K in keyof ServiceTables]: ServiceTables[K] };

function addBackends(p: ForwardingProgram, t: Building): void {
  let be = 0, list = 0;
  p.services.forEach((svc, s) => {
    t.svcFlags[s] = (svc.internalTrafficLocal ? SvcFlag.INTERNAL_LOCAL : 0) | (svc.externalTrafficLocal ? SvcFlag.EXTERNAL_LOCAL : 0);
    t.svcAffinity[s] = svc.affinitySeconds;
    const ids = svc.backends.map((b) => {
      const a = parseIp(b.addr)!, o = be * BE_STRIDE;
      if (typeof a === 'number') t.beAddr4[be] = a; else t.beAddr6.set(a, 16 * be);
      t.bePort[be] = b.port; t.beNode[be] = b.node;
      t.beRec[o + Be.ADDR4] = t.beAddr4[be] | 0; t.beRec[o + Be.PORT] = b.port; t.beRec[o + Be.NODE] = b.node;
      if (typeof a !== 'number') addrWords(a, t.beRec, o + Be.ADDR6);
      return be++;
    });
    t.svcReadyStart[s] = list;
    svc.backends.forEach((b, i) => { if (b.ready) t.svcBackends[list++] = ids[i]; });
    t.svcReadyCount[s] = list - t.svcReadyStart[s];
    t.svcFallbackStart[s] = list;
    svc.backends.forEach((b, i) => { if (!b.ready && b.serving && b.terminating) t.svcBackends[list++] = ids[i]; });
    t.svcFallbackCount[s] = list - t.svcFallbackStart[s];
  });
}

/** Frontend i's record, index entry (a later frontend with the same key takes it over) and filter bit. */
function addFrontend(t: Building, i: number, k: Int32Array, service: number, external: boolean): void {
  const r = t.feRec, o = i * FE_STRIDE;
  r.set(k, o);
  r[o + Fe.SERVICE] = service; r[o + Fe.EXTERNAL] = external ? 1 : 0;
  r[o + Fe.FLAGS] = t.svcFlags[service]; r[o + Fe.AFFINITY] = t.svcAffinity[service];
  r[o + Fe.READY_START] = t.svcReadyStart[service]; r[o + Fe.READY_COUNT] = t.svcReadyCount[service];
  r[o + Fe.FALLBACK_START] = t.svcFallbackStart[service]; r[o + Fe.FALLBACK_COUNT] = t.svcFallbackCount[service];
  t.feService[i] = service; t.feExternal[i] = external ? 1 : 0;
  const old = lookupFrontend(t, k[0], k[1], k[2], k[3], k[4], k[5], k[6]);
  if (old >= 0) t.feIndex.replace(frontendHash(k[0], k[1], k[2], k[3], k[4], k[5], k[6]), old, i);
  else t.feIndex.add(frontendHash(k[0], k[1], k[2], k[3], k[4], k[5], k[6]), i);
  const bit = frontendBit(k[1], k[2], k[3], k[4], k[5], k[6]) & t.feFilterMask;
  t.feFilter[bit >>> 5] |= 1 << (bit & 31);
}

export function buildServiceTables(p: ForwardingProgram): ServiceTables {
  const nSvc = p.services.length, nFe = p.frontends.length;
  const nBe = p.services.reduce((n, s) => n + s.backends.length, 0);
  const t: Building = {
    feIndex: new FlowIndex(Math.max(16, nFe)), feRec: new Int32Array(FE_STRIDE * nFe), beRec: new Int32Array(BE_STRIDE * nBe),
    feService: new Int32Array(nFe), feExternal: new Uint8Array(nFe),
    svcFlags: new Uint8Array(nSvc), svcAffinity: new Int32Array(nSvc),
    svcReadyStart: new Int32Array(nSvc), svcReadyCount: new Int32Array(nSvc), svcFallbackStart: new Int32Array(nSvc), svcFallbackCount: new Int32Array(nSvc),
    svcBackends: new Int32Array(2 * nBe), beAddr4: new Uint32Array(nBe), beAddr6: new Uint8Array(16 * nBe), bePort: new Int32Array(nBe), beNode: new Int32Array(nBe),
    hasScoped: p.frontends.some((f) => f.node >= 0),
    feFilter: new Int32Array(filterBits(nFe) >> 5), feFilterMask: filterBits(nFe) - 1,
  };
  addBackends(p, t);
  const key = new Int32Array(FE_KEY_WIDTH);
  p.frontends.forEach((fe, i) => {
    const a = parseIp(fe.addr)!;
    key[0] = fe.node; key[1] = (fe.protocol === 'TCP' ? PROTO_TCP : PROTO_UDP) | (typeof a === 'number' ? 256 : 0); key[2] = fe.port;
    addrWords(a, key, 3);
    addFrontend(t, i, key, fe.service, fe.external);
  });
  return t;
}
