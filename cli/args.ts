// kubectl-style flag parsing (spf13/pflag rules): `--name=v`, `--name v`, `-n v`, `-nv`,
// boolean flags, `--` ending flags, positionals anywhere. Imports nothing.

export interface FlagSpec {
  name: string;
  short?: string;
  /** 'bool' flags take no value (but accept `--flag=false`); 'string' flags take one; 'list' repeats. */
  type: 'bool' | 'string' | 'list';
}

export interface ParsedArgs {
  positionals: string[];
  /** Words after a bare `--` (the command of exec/run). */
  rest: string[];
  sawDashDash: boolean;
  flags: Map<string, string | boolean | string[]>;
}

export class UsageError extends Error {}

/** Parses `argv` against `specs`; throws UsageError with pflag's wording on unknown flags. */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const out: ParsedArgs = { positionals: [], rest: [], sawDashDash: false, flags: new Map() };
  const set = (spec: FlagSpec, value: string | boolean) => {
    if (spec.type === 'list') {
      const prev = (out.flags.get(spec.name) as string[] | undefined) ?? [];
      out.flags.set(spec.name, [...prev, String(value)]);
    } else out.flags.set(spec.name, value);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out.sawDashDash = true; out.rest = argv.slice(i + 1); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (spec.type === 'bool') set(spec, eq < 0 ? true : parseBool(a.slice(eq + 1), name));
      else if (eq >= 0) set(spec, a.slice(eq + 1));
      else if (i + 1 < argv.length) set(spec, argv[++i]);
      else throw new UsageError(`flag needs an argument: --${name}`);
    } else if (a.startsWith('-') && a.length > 1) {
      i = parseShortGroup(argv, i, byShort, set);
    } else out.positionals.push(a);
  }
  return out;
}

function parseShortGroup(argv: readonly string[], i: number, byShort: Map<string, FlagSpec>,
  set: (spec: FlagSpec, value: string | boolean) => void): number {
  const a = argv[i];
  for (let j = 1; j < a.length; j++) {
    const spec = byShort.get(a[j]);
    if (!spec) throw new UsageError(`unknown shorthand flag: '${a[j]}' in ${a}`);
    if (spec.type === 'bool') { set(spec, true); continue; }
    let value = a.slice(j + 1);
    if (value.startsWith('=')) value = value.slice(1);
    if (value !== '') { set(spec, value); return i; }
    if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: '${a[j]}' in -${a[j]}`);
    set(spec, argv[i + 1]);
    return i + 1;
  }
  return i;
}

function parseBool(v: string, name: string): boolean {
  if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(v)) return true;
  if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(v)) return false;
  throw new UsageError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
}

export function flagString(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(p: ParsedArgs, name: string): boolean {
  return p.flags.get(name) === true;
}

export function flagList(p: ParsedArgs, name: string): string[] {
  const v = p.flags.get(name);
  return Array.isArray(v) ? v : [];
}
