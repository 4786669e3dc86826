// Reading objects through the API for get, describe, wait and delete: one object, or every
// page of a list, as plain Kubernetes-shaped objects (int64 as numbers, kind set).
import * as grpc from '@grpc/grpc-js';
import { toPlainObject } from '../../proto/to-plain.js';
import type { CommandContext } from '../context.js';
import type { KubeObj } from '../output.js';
import { findKind, methodOf, type CliKind } from '../resources.js';
import { legacyEndpoints, type EndpointSlice, type Service } from '../endpoints-view.js';

export function plain(k: CliKind, msg: unknown): KubeObj {
  const o = toPlainObject(`netsim.v1.${k.kind}`, msg) as KubeObj;
  return { ...o, apiVersion: o.apiVersion || k.apiVersion, kind: o.kind || k.kind };
}

export async function getOne(ctx: CommandContext, k: CliKind, namespace: string | undefined, name: string): Promise<KubeObj> {
  if (k.kind === 'Endpoints') {
    const found = (await derivedEndpoints(ctx, { namespace: namespace ?? 'default' })).items.find((e) => e.metadata?.name === name);
    const message = `endpoints "${name}" not found`;
    if (!found) throw Object.assign(new Error(message), { code: grpc.status.NOT_FOUND, details: message, metadata: new grpc.Metadata() });
    return found;
  }
  const req = k.namespaced ? { namespace: namespace ?? 'default', name } : { name };
  return plain(k, await ctx.client.unary(k.service, methodOf(k, 'Get'), req));
}

export interface ListQuery { namespace?: string; labelSelector?: string; fieldSelector?: string }

/** Every page of a list; returns the items and the list's resourceVersion. */
export async function listAll(ctx: CommandContext, k: CliKind, q: ListQuery): Promise<{ items: KubeObj[]; resourceVersion: string }> {
  if (k.kind === 'Endpoints') return derivedEndpoints(ctx, q);
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

/** `get endpoints`: the legacy view of every selected Service, from its EndpointSlices. */
async function derivedEndpoints(ctx: CommandContext, q: ListQuery): Promise<{ items: KubeObj[]; resourceVersion: string }> {
  const services = await listAll(ctx, findKind('services')!, q);
  const slices = await listAll(ctx, findKind('endpointslices')!, { namespace: q.namespace });
  const items = services.items.flatMap((s) => {
    const e = legacyEndpoints(s as unknown as Service, slices.items as unknown as EndpointSlice[]);
    return e ? [e as unknown as KubeObj] : [];
  });
  return { items, resourceVersion: slices.resourceVersion };
}
