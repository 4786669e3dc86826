// proto-loader output -> the plain object Kubernetes' JSON would show: int64 fields as numbers
// (PROTO_LOADER_OPTIONS gives them as strings), unset and unknown keys dropped, nothing else
// changed. Shared by daemon/rpc/convert.ts and the CLI's -o json|yaml. Imports only proto/.
import { describeMessage, type FieldShape, type ValueType } from './descriptors.js';

const SIGNED_64: ReadonlySet<string> = new Set(['int64', 'sint64', 'sfixed64']);

/**
 * A copy of `message` (of type `fullName`) with Kubernetes' number types restored. uint64
 * stays a string (netsim's only one is the seed, which may exceed 2^53).
 */
export function toPlainObject(fullName: string, message: unknown): Record<string, unknown> {
  const shape = describeMessage(fullName);
  const src = (message ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of shape.fields) {
    const v = src[f.name];
    if (v === undefined || v === null) continue;
    out[f.name] = plainField(f, v);
  }
  return out;
}

function plainField(f: FieldShape, v: unknown): unknown {
  if (f.label === 'repeated') return (v as unknown[]).map((e) => plainValue(f.type, e));
  if (f.label === 'map') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, plainValue(f.type, e)]));
  }
  return plainValue(f.type, v);
}

function plainValue(t: ValueType, v: unknown): unknown {
  if (t.kind === 'message') return toPlainObject(t.message, v);
  if (t.kind === 'scalar' && SIGNED_64.has(t.scalar) && typeof v === 'string') return Number(v);
  return v;
}
