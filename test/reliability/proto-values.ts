// fast-check arbitraries for malformed gRPC requests (reliability G3): values shaped like a
// netsim.v1 message (every field optional, nested to a bounded depth, hostile strings and
// numbers, unknown enum numbers) and raw bytes, some of them almost-protobuf. Test-only;
// imports fast-check and proto/ only.
import fc from 'fast-check';
import { describeMessage, type ScalarType, type ValueType } from '../../proto/descriptors.js';
import { loadNetsimPackageDefinition } from '../../proto/load.js';

const MAX_DEPTH = 4;

/** Strings a handler may treat specially: names, namespaces, addresses, selectors, YAML. */
const NASTY_STRINGS = [
  '', 'default', 'kube-system', 'x', 'A', '-', '.', '..', '../etc', 'a'.repeat(300), '\u0000', '\ud800', '💥',
  '10.244.1.2', '10.96.0.1', 'fd00:10:244:1::2', '::', '0.0.0.0/0', '10.244.0.0/33', 'not-an-ip',
  'app=web', 'app in (a,b', '!', '=', 'metadata.name=x', 'spec.nodeName!=', '1', '-1', '99999999999999999999',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fuzz\n', '{"kind":"Pod"}', '---\n---\n', '[', '*', 'BOOKMARK',
];

const int32 = fc.oneof(fc.constantFrom(0, -1, 1, 65535, 65536, 2 ** 31 - 1, -(2 ** 31)), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
const uint32 = fc.oneof(fc.constantFrom(0, 1, 0xffffffff), fc.nat({ max: 0xffffffff }));
const int64 = fc.oneof(fc.constantFrom('0', '-1', '9223372036854775807', '-9223372036854775808'),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String));
const uint64 = fc.oneof(fc.constantFrom('0', '18446744073709551615'), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String));

function scalarArb(s: ScalarType): fc.Arbitrary<unknown> {
  switch (s) {
    case 'string': return fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
    case 'bool': return fc.boolean();
    case 'bytes': return fc.uint8Array({ maxLength: 32 }).map((b) => Buffer.from(b));
    case 'double': case 'float': return fc.double();
    case 'int32': case 'sint32': case 'sfixed32': return int32;
    case 'uint32': case 'fixed32': return uint32;
    case 'int64': case 'sint64': case 'sfixed64': return int64;
    case 'uint64': case 'fixed64': return uint64;
  }
}

function enumArb(fullName: string): fc.Arbitrary<unknown> {
  const def = loadNetsimPackageDefinition()[fullName] as unknown as { type: { value: { name: string }[] } };
  // Numbers past the declared values are legal on the wire (proto3 enums are open).
  return fc.oneof(fc.constantFrom(...def.type.value.map((v) => v.name)), fc.integer({ min: 0, max: 1000 }));
}

function valueArb(type: ValueType, depth: number): fc.Arbitrary<unknown> {
  if (type.kind === 'scalar') return scalarArb(type.scalar);
  if (type.kind === 'enum') return enumArb(type.enum);
  return depth >= MAX_DEPTH ? fc.constant({}) : messageArb(type.message, depth + 1);
}

const cache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

/** Plain objects proto-loader can serialize as `fullName`: any subset of its fields, any values. */
export function messageArb(fullName: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const key = `${fullName}@${depth}`;
  let arb = cache.get(key);
  if (!arb) {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of describeMessage(fullName).fields) {
      const v = valueArb(f.type, depth);
      if (f.label === 'repeated') fields[f.name] = fc.array(v, { maxLength: 3 });
      else if (f.label === 'map') fields[f.name] = fc.dictionary(fc.constantFrom(...NASTY_STRINGS.slice(0, 12)), v, { maxKeys: 3 });
      else fields[f.name] = v;
    }
    arb = fc.record(fields, { requiredKeys: [] });
    cache.set(key, arb);
  }
  return arb;
}

/** A varint, as protobuf writes tags and lengths. */
function varint(n: number): number[] {
  const out: number[] = [];
  for (; n > 0x7f; n = Math.floor(n / 128)) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return out;
}

/**
 * Bytes that are rarely a valid message: uniform noise, and near misses protobuf decoders trip
 * on (a length past the end, a 10-byte varint, wire types 3/4/6/7, deep nesting of field 1).
 */
export const rawBytesArb: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 0x7fffffff }))
    .map(([field, len]) => Buffer.from([(field << 3) | 2, ...varint(len), 0x41])),                  // length past the end
  fc.integer({ min: 1, max: 15 }).map((field) => Buffer.from([field << 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])),
  fc.tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom(3, 4, 6, 7)).map(([field, wire]) => Buffer.from([(field << 3) | wire, 0x00])),
  fc.integer({ min: 1, max: 3000 }).map((depth) => {
    let b = Buffer.alloc(0);
    for (let i = 0; i < depth; i++) b = Buffer.concat([Buffer.from([0x0a, ...varint(b.length)]), b]);
    return b;
  }),
);
