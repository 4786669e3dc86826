// Client-side apply: the three-way strategic merge of the last-applied manifest (original), the
// new manifest (modified) and the live object (current), with the result kubectl's
// CreateThreeWayMergePatch + StrategicMergePatch would give (apimachinery strategicpatch/patch.go).
// Pure; imports the apply modules and domain errors only.
import { jsonEqual, toJson, type Json, type JsonObject } from './go-json.js';
import { parseLastApplied, withLastApplied } from './last-applied.js';
import { listStrategyAt, retainsKeysAt, type ListStrategy } from './merge-keys.js';

export type ApplyAction = 'created' | 'configured' | 'unchanged';

export interface ApplyResult {
  /** The object to create or update: the merge, carrying the new last-applied annotation. */
  merged: JsonObject;
  /** `unchanged` exactly when `merged` equals the live object, so no update is to be sent. */
  action: ApplyAction;
  /** The live object had no annotation (kubectl warns, see missingLastAppliedWarning). */
  missingLastApplied: boolean;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Fields of `m` overwrite `c` (maps merged recursively, a null deletes); fields of `o` that `m`
 * dropped are deleted; fields only in `c` (server-set) stay.
 */
function mergeObject(o: JsonObject | undefined, m: JsonObject, c: JsonObject, path: string): JsonObject {
  const out: JsonObject = { ...c };
  for (const [k, mv] of Object.entries(m)) {
    if (mv === null) delete out[k];
    else out[k] = mergeValue(o?.[k], mv, c[k], child(path, k));
  }
  for (const k of Object.keys(o ?? {})) if (!(k in m)) delete out[k];
  if (retainsKeysAt(path) && !jsonEqual(out, c)) {
    for (const k of Object.keys(out)) if (!(k in m)) delete out[k];   // the patch's $retainKeys
  }
  return out;
}

function mergeValue(o: Json | undefined, m: Json, c: Json | undefined, path: string): Json {
  if (isObject(m)) return mergeObject(isObject(o) ? o : undefined, m, isObject(c) ? c : {}, path);
  if (Array.isArray(m)) return mergeList(Array.isArray(o) ? o : undefined, m, Array.isArray(c) ? c : [], path);
  return m;
}

/** Identities of list elements: the merge key's value (with its occurrence for keyed lists) or the scalar. */
function identities(list: Json[], s: ListStrategy): string[] {
  if (s.kind !== 'key') return list.map((e) => JSON.stringify(e));
  const seen = new Map<string, number>();
  return list.map((e) => {
    const key = JSON.stringify(isObject(e) ? e[s.key] : e) ?? 'null';
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}

/**
 * mergeSortedSlice: interleaves server-only items (current order) with applied items (manifest
 * order), taking a server item first only when both sit in the current list and it comes first.
 */
function mergeSortedIds(serverOnly: string[], applied: string[], currentIndex: Map<string, number>): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < applied.length) {
    if (j >= applied.length) { out.push(serverOnly[i++]); continue; }
    if (i >= serverOnly.length) { out.push(applied[j++]); continue; }
    const li = currentIndex.get(serverOnly[i]);
    const ri = currentIndex.get(applied[j]);
    if (li !== undefined && ri !== undefined && li < ri) out.push(serverOnly[i++]);
    else out.push(applied[j++]);
  }
  return out;
}

/** A list with a merge strategy: elements matched by identity, then ordered as normalizeElementOrder does. */
function mergeList(o: Json[] | undefined, m: Json[], c: Json[], path: string): Json[] {
  const s = listStrategyAt(path);
  if (s.kind === 'replace') return m;
  const [oIds, mIds, cIds] = [identities(o ?? [], s), identities(m, s), identities(c, s)];
  const mAt = new Map(mIds.map((id, i) => [id, i]));
  const oAt = new Map(oIds.map((id, i) => [id, i]));
  const cAt = new Map(cIds.map((id, i) => [id, i]));
  const elementPath = `${path}[]`;
  const merged = new Map<string, Json>();
  const mergeAt = (id: string, cur: Json | undefined): Json => {
    const mv = m[mAt.get(id)!];
    if (s.kind === 'set') return mv;
    const ov = oAt.has(id) ? (o as Json[])[oAt.get(id)!] : undefined;
    return mergeValue(ov, mv, cur, elementPath);
  };
  cIds.forEach((id, i) => {
    if (mAt.has(id)) merged.set(id, mergeAt(id, c[i]));
    else if (!oAt.has(id)) merged.set(id, c[i]);                    // server-only: kept
  });
  for (const id of mIds) if (!merged.has(id)) merged.set(id, mergeAt(id, undefined));
  const serverOnly = [...new Set(cIds.filter((id) => merged.has(id) && !mAt.has(id)))];
  return mergeSortedIds(serverOnly, [...new Set(mIds)], cAt).map((id) => merged.get(id)!);
}

/**
 * kubectl client-side apply of `manifest` (namespace already defaulted, as kubectl's builder
 * does) onto `live` (undefined: not found, so it is created). `lastApplied` is the live
 * object's annotation (lastAppliedOf). Errors: BadRequestError for an undecodable annotation.
 */
export function computeApply(lastApplied: string | undefined, manifest: object, live: object | undefined): ApplyResult {
  const modified = withLastApplied(manifest);
  if (live === undefined) return { merged: modified, action: 'created', missingLastApplied: false };
  const current = toJson(live) as JsonObject;
  const merged = mergeObject(parseLastApplied(lastApplied), modified, current, '');
  return {
    merged,
    action: jsonEqual(merged, current) ? 'unchanged' : 'configured',
    missingLastApplied: lastApplied === undefined,
  };
}
