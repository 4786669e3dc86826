// netsim wait --for=condition=Ready|--for=jsonpath='{.status.phase}'=Running|--for=delete
// KIND/NAME [--timeout=30s]: watches until the object satisfies the condition, as kubectl wait.
import { flagString, UsageError } from '../args.js';
import type { CommandContext } from '../context.js';
import type { KubeObj } from '../output.js';
import { printJsonPath } from '../print/jsonpath.js';
import { methodOf, type CliKind } from '../resources.js';
import type { Command } from './command.js';
import { getOne, plain } from './fetch.js';
import { parseTargets } from './targets.js';

type Condition = { kind: 'condition'; type: string; status: string } | { kind: 'jsonpath'; path: string; value?: string } | { kind: 'delete' };

export const waitCommand: Command = {
  name: 'wait', summary: 'Wait for a specific condition on one or many resources',
  usage: 'netsim wait --for=condition=Ready|--for=jsonpath={.status.phase}=Running|--for=delete KIND/NAME [--timeout=30s]',
  flags: [{ name: 'for', type: 'string' }, { name: 'timeout', type: 'string' }, { name: 'selector', short: 'l', type: 'string' }],
  async run(ctx, args) {
    const cond = parseFor(flagString(args, 'for'));
    const timeoutMs = parseDuration(flagString(args, 'timeout') ?? '30s');
    const ns = flagString(args, 'namespace') ?? 'default';
    let failed = false;
    for (const t of parseTargets(args.positionals)) {
      for (const name of t.names) {
        // wait.go fetches the named object first: a missing one is kubectl's NotFound error.
        if (cond.kind !== 'delete') await getOne(ctx, t.kind, ns, name);
        const ok = await waitFor(ctx, t.kind, ns, name, cond, timeoutMs);
        const label = `${t.kind.kind.toLowerCase()}${t.kind.group ? `.${t.kind.group}` : ''}/${name}`;
        if (ok) ctx.io.out(`${label} condition met\n`);
        else { ctx.io.err(`error: timed out waiting for the condition on ${t.kind.plural}/${name}\n`); failed = true; }
      }
    }
    return failed ? 1 : 0;
  },
};

function parseFor(text: string | undefined): Condition {
  if (!text) throw new UsageError('--for must be set');
  if (text === 'delete') return { kind: 'delete' };
  let m = text.match(/^condition=([^=]+)(?:=(.*))?$/);
  if (m) return { kind: 'condition', type: m[1], status: m[2] ?? 'True' };
  m = text.match(/^jsonpath=(\{.*\})(?:=(.*))?$/) ?? text.match(/^jsonpath=([^=]+)(?:=(.*))?$/);
  if (m) return { kind: 'jsonpath', path: m[1].startsWith('{') ? m[1] : `{${m[1]}}`, value: m[2] };
  throw new UsageError(`unrecognized condition: "${text}"`);
}

/** Go durations as kubectl takes them: 30s, 1m, 1m30s, 500ms, or a bare number of seconds. */
export function parseDuration(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let consumed = '';
  for (const m of text.matchAll(re)) {
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms']!;
    consumed += m[0];
  }
  if (consumed !== text) throw new UsageError(`invalid argument "${text}" for "--timeout" flag: time: invalid duration "${text}"`);
  return total;
}

function satisfied(o: KubeObj | undefined, c: Condition): boolean {
  if (c.kind === 'delete') return o === undefined;
  if (!o) return false;
  if (c.kind === 'condition') {
    const conds = ((o.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
    return conds.some((x) => x.type.toLowerCase() === c.type.toLowerCase() && x.status === c.status);
  }
  const r = printJsonPath(c.path, o) as { text?: string; error?: string };
  return c.value === undefined ? (r.text ?? '') !== '' : r.text === c.value;
}

// Watch the one object; the deadline is wall-clock time, as kubectl's --timeout is.
async function waitFor(ctx: CommandContext, k: CliKind, ns: string, name: string, c: Condition, timeoutMs: number): Promise<boolean> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutMs);
  let met = false;
  let seen: KubeObj | undefined;
  const req: Record<string, unknown> = { label_selector: '', field_selector: `metadata.name=${name}`, resource_version: '' };
  if (k.namespaced) req.namespace = ns;
  try {
    await ctx.client.stream<{ type?: string; object?: unknown }>(k.service, methodOf(k, 'Watch'), req, (m) => {
      const o = plain(k, m.object);
      if (o.metadata?.name !== name) return;
      seen = m.type === 'DELETED' ? undefined : o;
      if (satisfied(seen, c)) { met = true; ac.abort(); }
    }, { signal: ac.signal });
  } finally {
    clearTimeout(timer);
  }
  return met || (c.kind === 'delete' && seen === undefined && await absent(ctx, k, ns, name));
}

async function absent(ctx: CommandContext, k: CliKind, ns: string, name: string): Promise<boolean> {
  try {
    await ctx.client.unary(k.service, methodOf(k, 'Get'), k.namespaced ? { namespace: ns, name } : { name });
    return false;
  } catch (e) {
    return (e as { code?: number }).code === 5;
  }
}
