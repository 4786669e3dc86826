// Reads shared by every kind: get (NotFound in Kubernetes' words), list with label selector and
// pagination (opaque continue tokens, AIP-158), and watch with initial events. Over the store.
import { BadRequestError, NotFoundError } from '../domain/errors.js';
import { matchesSelector, parseSelector, SelectorParseError, type Selector } from '../domain/labels.js';
import type { Resource, ResourceKind } from '../domain/types.js';
import type { Store, WatchEvent } from '../store/store.js';
import { refOf } from './kinds.js';

export interface ListOptions { namespace?: string; labelSelector?: string; fieldSelector?: string; pageSize?: number; pageToken?: string }
export interface ListResult<T> { items: T[]; nextPageToken: string; resourceVersion: string }

const MAX_PAGE = 5000;

export function getObject<K extends ResourceKind>(store: Store, kind: K, namespace: string | undefined, name: string): Extract<Resource, { kind: K }> {
  const obj = store.get(kind, namespace, name);
  if (!obj) throw new NotFoundError(refOf(kind, name, namespace));
  return obj;
}

export function selectorOf(text: string | undefined): Selector {
  try {
    return parseSelector(text ?? '');
  } catch (e) {
    if (e instanceof SelectorParseError) throw new BadRequestError(e.message);
    throw e;
  }
}

/** Field selectors kubectl users reach for: metadata.name, metadata.namespace, spec.nodeName, status.phase. */
export function fieldMatcher(text: string | undefined): (o: Resource) => boolean {
  if (!text) return () => true;
  const reqs = text.split(',').map((part) => {
    const m = part.match(/^([\w.]+)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw new BadRequestError(`invalid selector: '${text}'; can't understand '${part}'`);
    return { path: m[1], neg: m[2] === '!=', value: m[3] };
  });
  return (o) => reqs.every((r) => (fieldValue(o, r.path) === r.value) !== r.neg);
}

function fieldValue(o: Resource, path: string): string {
  let v: unknown = o;
  for (const p of path.split('.')) v = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[p];
  return v === undefined || v === null ? '' : String(v);
}

export function listObjects<T extends Resource>(all: readonly T[], revision: number, opts: ListOptions): ListResult<T> {
  const sel = selectorOf(opts.labelSelector);
  const fields = fieldMatcher(opts.fieldSelector);
  const size = Math.min(opts.pageSize && opts.pageSize > 0 ? opts.pageSize : MAX_PAGE, MAX_PAGE);
  const after = opts.pageToken ? decodeToken(opts.pageToken) : undefined;
  const items: T[] = [];
  let next = '';
  for (const o of all) {
    const key = `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    if (after !== undefined && key <= after) continue;
    if (!matchesSelector(sel, o.metadata.labels) || !fields(o)) continue;
    if (items.length === size) { next = encodeToken(`${items[items.length - 1].metadata.namespace ?? ''}/${items[items.length - 1].metadata.name}`); break; }
    items.push(o);
  }
  return { items, nextPageToken: next, resourceVersion: String(revision) };
}

function encodeToken(key: string): string { return Buffer.from(JSON.stringify({ v: 1, after: key })).toString('base64url'); }

function decodeToken(token: string): string {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { v: number; after: string };
    if (t.v === 1 && typeof t.after === 'string') return t.after;
  } catch { /* fall through */ }
  throw new BadRequestError(`invalid page token "${token}"`);
}

export interface WatchOptions { namespace?: string; labelSelector?: string; resourceVersion?: string; sendInitialEvents?: boolean }

/**
 * Watches `kind`: without a resourceVersion, the current objects come first as ADDED events
 * (kubectl get -w); with one, history after it is replayed. Returns the stop function.
 */
export function watchObjects(store: Store, kind: ResourceKind, opts: WatchOptions, send: (e: WatchEvent) => void): () => void {
  const sel = selectorOf(opts.labelSelector);
  const wanted = (o: Resource) => (opts.namespace === undefined || opts.namespace === '' || o.metadata.namespace === opts.namespace)
    && matchesSelector(sel, o.metadata.labels);
  const from = opts.resourceVersion ? Number(opts.resourceVersion) : store.revision;
  if (!Number.isInteger(from) || from < 0) throw new BadRequestError(`invalid resource version "${opts.resourceVersion}"`);
  if (!opts.resourceVersion || opts.sendInitialEvents) {
    for (const o of store.list(kind, opts.namespace || undefined)) if (wanted(o)) send({ type: 'ADDED', object: o, revision: store.revision });
  }
  return store.watch(kind, from, (e) => { if (wanted(e.object)) send(e); });
}
