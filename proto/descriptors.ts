// The shape of a loaded message, read from proto-loader's DescriptorProto objects: field
// names, scalar/message/enum types, repeated and map fields. decode-manifest and to-plain walk
// it. Imports only proto/load.ts.
import { loadNetsimPackageDefinition } from './load.js';

export type ScalarType =
  | 'double' | 'float' | 'int64' | 'uint64' | 'int32' | 'fixed64' | 'fixed32' | 'bool' | 'string'
  | 'bytes' | 'uint32' | 'sfixed32' | 'sfixed64' | 'sint32' | 'sint64';

export type ValueType =
  | { kind: 'scalar'; scalar: ScalarType }
  | { kind: 'message'; message: string }      // full name, e.g. netsim.v1.Container
  | { kind: 'enum'; enum: string };

export interface FieldShape {
  name: string;
  number: number;
  /** `map` fields have `keyType`; their `type` is the value's. */
  label: 'single' | 'repeated' | 'map';
  type: ValueType;
  keyType?: ScalarType;
}

export interface MessageShape {
  fullName: string;
  /** The last component of fullName: Container. */
  name: string;
  fields: readonly FieldShape[];
  byName: ReadonlyMap<string, FieldShape>;
}

// The subset of google.protobuf.DescriptorProto that protobufjs' toDescriptor() produces.
interface RawField { name: string; number: number; label: string; type: string; typeName?: string }
interface RawMessage { name: string; field?: RawField[]; nestedType?: RawMessage[]; options?: { mapEntry?: boolean } | null }

const cache = new Map<string, MessageShape>();

/** The shape of message `fullName` (cached). Throws for a name that is not a loaded message. */
export function describeMessage(fullName: string): MessageShape {
  let shape = cache.get(fullName);
  if (!shape) {
    const raw = rawMessage(fullName);
    const fields = (raw.field ?? []).map((f) => fieldShape(fullName, raw, f));
    shape = { fullName, name: fullName.slice(fullName.lastIndexOf('.') + 1), fields, byName: new Map(fields.map((f) => [f.name, f])) };
    cache.set(fullName, shape);
  }
  return shape;
}

function rawMessage(fullName: string): RawMessage {
  const def = loadNetsimPackageDefinition()[fullName];
  if (!def || !('format' in def) || def.format !== 'Protocol Buffer 3 DescriptorProto') {
    throw new Error(`netsim: no message ${fullName} in the loaded protos`);
  }
  return def.type as RawMessage;
}

function fieldShape(scope: string, raw: RawMessage, f: RawField): FieldShape {
  const entry = f.type === 'TYPE_MESSAGE' ? raw.nestedType?.find((n) => n.name === f.typeName && n.options?.mapEntry) : undefined;
  if (entry) {
    const [key, value] = entry.field ?? [];
    return { name: f.name, number: f.number, label: 'map', keyType: scalarOf(key.type), type: valueType(scope, value) };
  }
  return { name: f.name, number: f.number, label: f.label === 'LABEL_REPEATED' ? 'repeated' : 'single', type: valueType(scope, f) };
}

function valueType(scope: string, f: RawField): ValueType {
  if (f.type === 'TYPE_MESSAGE') return { kind: 'message', message: resolveName(scope, f.typeName ?? '') };
  if (f.type === 'TYPE_ENUM') return { kind: 'enum', enum: resolveName(scope, f.typeName ?? '') };
  return { kind: 'scalar', scalar: scalarOf(f.type) };
}

function scalarOf(type: string): ScalarType {
  return type.replace(/^TYPE_/, '').toLowerCase() as ScalarType;
}

/** protobuf name resolution: innermost scope first (protobufjs emits relative type names). */
function resolveName(scope: string, typeName: string): string {
  const defs = loadNetsimPackageDefinition();
  if (typeName.startsWith('.')) return typeName.slice(1);
  for (let s = scope; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : '') {
    if (defs[`${s}.${typeName}`]) return `${s}.${typeName}`;
  }
  if (defs[typeName]) return typeName;
  throw new Error(`netsim: cannot resolve ${typeName} from ${scope}`);
}
