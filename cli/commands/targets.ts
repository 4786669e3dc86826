// Resource arguments as kubectl reads them: `KIND [NAME...]`, `KIND/NAME...`, `KIND1,KIND2`.
import { UsageError } from '../args.js';
import { findKind, type CliKind } from '../resources.js';

export interface Target { kind: CliKind; names: string[] }

export class UnknownKindError extends Error {
  constructor(word: string) { super(`the server doesn't have a resource type "${word}"`); }
}

export function parseTargets(positionals: readonly string[]): Target[] {
  if (positionals.length === 0) throw new UsageError('Required resource not specified.');
  if (positionals[0].includes('/')) {
    const out: Target[] = [];
    for (const p of positionals) {
      const slash = p.indexOf('/');
      if (slash < 0) throw new UsageError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'netsim get resource/<resource_name>' instead of 'netsim get resource resource/<resource_name>'`);
      const kind = kindOf(p.slice(0, slash));
      const existing = out.find((t) => t.kind === kind);
      if (existing) existing.names.push(p.slice(slash + 1)); else out.push({ kind, names: [p.slice(slash + 1)] });
    }
    return out;
  }
  const kinds = positionals[0].split(',').filter((w) => w !== '').map(kindOf);
  const names = positionals.slice(1);
  if (names.length && kinds.length > 1) throw new UsageError('arguments in resource/name form must have a single resource and name');
  return kinds.map((kind) => ({ kind, names }));
}

export function kindOf(word: string): CliKind {
  const k = findKind(word);
  if (!k) throw new UnknownKindError(word);
  return k;
}
