// proto-loader objects <-> the plain objects Kubernetes' JSON would show: int64 fields as
// numbers, IntOrString bare, `lastProbeTime: null`, unset and unknown keys dropped. Shared by
// daemon/rpc/convert.ts and the CLI's -o json|yaml. Imports only proto/.
import { describeMessage, type FieldShape, type ValueType } from './descriptors.js';

const SIGNED_64: ReadonlySet<string> = new Set(['int64', 'sint64', 'sfixed64']);

/** netsim.v1.IntOrString: a oneof on the wire, a bare number or string in Kubernetes' JSON. */
export const INT_OR_STRING = 'netsim.v1.IntOrString';

/**
 * Fields Kubernetes serializes as `null` when unset: non-pointer metav1.Time fields marshal
 * their zero value as null. Only those netsim leaves unset in practice are listed (kubelet
 * never probes, so every pod condition shows `lastProbeTime: null`).
 */
const NULL_WHEN_ABSENT: Readonly<Record<string, ReadonlySet<string>>> = {
  'netsim.v1.PodCondition': new Set(['lastProbeTime']),
};

/**
 * A copy of `message` (of type `fullName`) in Kubernetes' JSON shape: int64 as numbers,
 * IntOrString as its number or string, NULL_WHEN_ABSENT fields as null. uint64 stays a
 * string (netsim's only one is the seed, which may exceed 2^53).
 */
export function toPlainObject(fullName: string, message: unknown): Record<string, unknown> {
  const shape = describeMessage(fullName);
  const nulls = NULL_WHEN_ABSENT[fullName];
  const src = (message ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of shape.fields) {
    const v = src[f.name];
    if (v === undefined || v === null) {
      if (nulls?.has(f.name)) out[f.name] = null;
      continue;
    }
    out[f.name] = mapField(f, v, plainValue);
  }
  return out;
}

/**
 * The inverse: a Kubernetes-shaped object (a domain resource, or what toPlainObject gave)
 * as an object proto-loader can serialize as `fullName`. Nulls, unset and unknown keys are
 * dropped; an IntOrString number or string becomes `{ intVal }` or `{ strVal }`.
 */
export function fromPlainObject(fullName: string, plain: unknown): Record<string, unknown> {
  const shape = describeMessage(fullName);
  const src = (plain ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of shape.fields) {
    const v = src[f.name];
    if (v !== undefined && v !== null) out[f.name] = mapField(f, v, wireValue);
  }
  return out;
}

function mapField(f: FieldShape, v: unknown, each: (t: ValueType, e: unknown) => unknown): unknown {
  if (f.label === 'repeated') return (v as unknown[]).map((e) => each(f.type, e));
  if (f.label === 'map') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, each(f.type, e)]));
  }
  return each(f.type, v);
}

function plainValue(t: ValueType, v: unknown): unknown {
  if (t.kind === 'message' && t.message === INT_OR_STRING) return bareIntOrString(v);
  if (t.kind === 'message') return toPlainObject(t.message, v);
  if (t.kind === 'scalar' && SIGNED_64.has(t.scalar) && typeof v === 'string') return Number(v);
  return v;
}

function wireValue(t: ValueType, v: unknown): unknown {
  if (t.kind === 'message' && t.message === INT_OR_STRING) {
    if (typeof v === 'number') return { intVal: v };
    if (typeof v === 'string') return { strVal: v };
  }
  if (t.kind === 'message') return fromPlainObject(t.message, v);
  return v;
}

/** An empty IntOrString is Go's zero value, the number 0. Bare values pass through. */
function bareIntOrString(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const { intVal, strVal } = v as { intVal?: number; strVal?: string };
  return strVal ?? intVal ?? 0;
}
