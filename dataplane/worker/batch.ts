// PacketBatch (many packets in one owned buffer with an offsets array, style.md "Buffers across
// threads") and BatchResults (one typed array per result field, in the batch's order): what
// DataplaneHost.forwardBatch takes and gives. Imports nothing.

export interface PacketBatch {
  /** Packets back to back: packet i is data[offsets[i], offsets[i + 1]). Processed in place. */
  readonly data: Uint8Array;
  /** count + 1 entries. */
  readonly offsets: Uint32Array;
  /** Ingress namespace of each packet. */
  readonly ns: Int32Array;
  /** Ingress interface (global id) of each packet, or -1 when its namespace originates it. */
  readonly inIface: Int32Array;
  /**
   * The worker to run each packet in, or -1 for its flow's (shard.ts). A reply after DNAT or
   * masquerade has another tuple than its request: pin it to results.worker of the request so
   * it meets the conntrack entry (style.md "Which worker sees a flow").
   */
  readonly worker?: Int32Array;
}

export interface BatchPacket { bytes: Uint8Array; ns: number; inIface: number; worker?: number }

/** Packs `packets` into one batch (the bytes are copied). */
export function packetBatch(packets: readonly BatchPacket[]): PacketBatch {
  const offsets = new Uint32Array(packets.length + 1);
  packets.forEach((p, i) => { offsets[i + 1] = offsets[i] + p.bytes.length; });
  const data = new Uint8Array(offsets[packets.length]);
  packets.forEach((p, i) => data.set(p.bytes, offsets[i]));
  return {
    data, offsets,
    ns: Int32Array.from(packets, (p) => p.ns),
    inIface: Int32Array.from(packets, (p) => p.inIface),
    ...(packets.some((p) => p.worker !== undefined) ? { worker: Int32Array.from(packets, (p) => p.worker ?? -1) } : {}),
  };
}

export const batchSize = (b: PacketBatch): number => b.offsets.length - 1;

/** Per packet: the last hop's outcome (pipeline/verdict.ts Action 1-4; 0 = not run) and where. */
export interface BatchResults {
  readonly action: Int32Array;
  readonly reason: Int32Array;
  /** HopOut.ns of the last hop: the next namespace after FORWARD, the namespace itself after DELIVER or REPLY (after DROP, as HopOut leaves it). */
  readonly ns: Int32Array;
  readonly inIface: Int32Array;
  /** The program generation the packet ran under. */
  readonly generation: Int32Array;
  /** Namespaces the packet passed (1 unless maxHops > 1). */
  readonly hops: Int32Array;
  /** Length of the ICMP error or RST the last hop generated (0: none); the bytes stay in the worker. */
  readonly generatedLen: Int32Array;
  /** Which worker ran it. */
  readonly worker: Int32Array;
}

export function emptyResults(n: number): BatchResults {
  return {
    action: new Int32Array(n), reason: new Int32Array(n), ns: new Int32Array(n), inIface: new Int32Array(n),
    generation: new Int32Array(n), hops: new Int32Array(n), generatedLen: new Int32Array(n), worker: new Int32Array(n),
  };
}
