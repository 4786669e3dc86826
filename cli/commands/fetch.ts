// Reading objects through the API for get, describe, wait and delete: one object, or every
// page of a list, as plain Kubernetes-shaped objects (int64 as numbers, kind set).
import { toPlainObject } from '../../proto/to-plain.js';
import type { CommandContext } from '../context.js';
import type { KubeObj } from '../output.js';
import { methodOf, type CliKind } from '../resources.js';

export function plain(k: CliKind, msg: unknown): KubeObj {
  const o = toPlainObject(`netsim.v1.${k.kind}`, msg) as KubeObj;
  return { ...o, apiVersion: o.apiVersion || k.apiVersion, kind: o.kind || k.kind };
}

export async function getOne(ctx: CommandContext, k: CliKind, namespace: string | undefined, name: string): Promise<KubeObj> {
  const req = k.namespaced ? { namespace: namespace ?? 'default', name } : { name };
  return plain(k, await ctx.client.unary(k.service, methodOf(k, 'Get'), req));
}

export interface ListQuery { namespace?: string; labelSelector?: string; fieldSelector?: string }

/** Every page of a list; returns the items and the list's resourceVersion. */
export async function listAll(ctx: CommandContext, k: CliKind, q: ListQuery): Promise<{ items: KubeObj[]; resourceVersion: string }> {
  const items: KubeObj[] = [];
  let token = '';
  let rv = '';
  do {
    const req: Record<string, unknown> = { label_selector: q.labelSelector ?? '', field_selector: q.fieldSelector ?? '', page_size: 500, page_token: token };
    if (k.namespaced) req.namespace = q.namespace ?? '';
    const res = await ctx.client.unary<{ items?: unknown[]; next_page_token?: string; resource_version?: string }>(k.service, methodOf(k, 'List'), req);
    for (const it of res.items ?? []) items.push(plain(k, it));
    token = res.next_page_token ?? '';
    rv = res.resource_version ?? rv;
  } while (token);
  return { items, resourceVersion: rv };
}
