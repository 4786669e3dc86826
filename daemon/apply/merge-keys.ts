// Strategic-merge-patch metadata of the kinds netsim holds: which lists merge by a key (Go struct
// tags `patchMergeKey`/`patchStrategy:"merge"` in k8s.io/api core/v1, apps/v1, meta/v1), which
// merge as sets of scalars, and which maps keep only the applied keys (`retainKeys`). Every
// other list is replaced whole. Pure; imports nothing.

export type ListStrategy =
  | { kind: 'replace' }
  | { kind: 'key'; key: string }      // merge elements by this field
  | { kind: 'set' };                  // patchStrategy merge on a list of scalars

/**
 * Paths of list fields: `.`-joined field names, `[]` for "an element of this list", `{pod}` for
 * every place a PodSpec sits. The paths are distinct across the kinds netsim holds, so lookups
 * need no kind (`spec.ports` is Service's; EndpointSlice has top-level `ports`).
 */
const LIST_MERGE_KEYS: Record<string, string> = {
  'metadata.finalizers': '',                        // ObjectMeta: patchStrategy merge (scalars)
  'metadata.ownerReferences': 'uid',
  '{pod}.containers': 'name',
  '{pod}.initContainers': 'name',
  '{pod}.ephemeralContainers': 'name',
  '{pod}.volumes': 'name',
  '{pod}.imagePullSecrets': 'name',
  '{pod}.hostAliases': 'ip',
  '{pod}.topologySpreadConstraints': 'topologyKey',
  '{pod}.resourceClaims': 'name',
  '{pod}.schedulingGates': 'name',
  '{container}.ports': 'containerPort',
  '{container}.env': 'name',
  '{container}.volumeMounts': 'mountPath',
  '{container}.volumeDevices': 'devicePath',
  'spec.ports': 'port',                             // ServiceSpec (port alone, as kubectl merges)
  'spec.podCIDRs': '',                              // NodeSpec: patchStrategy merge (scalars)
  'status.conditions': 'type',
  'status.addresses': 'type',
};

/** Maps whose patch clears every key it does not name (`patchStrategy:"retainKeys"`). */
const RETAIN_KEYS: readonly string[] = ['{pod}.volumes[]', '{pod}.resourceClaims[]', 'spec.strategy'];

const POD_SPEC_PATHS = ['spec', 'spec.template.spec', 'spec.jobTemplate.spec.template.spec'];
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

function expand(pattern: string): string[] {
  if (pattern.startsWith('{container}')) {
    const rest = pattern.slice('{container}'.length);
    return CONTAINER_LISTS.flatMap((list) => expand(`{pod}.${list}[]${rest}`));
  }
  if (pattern.startsWith('{pod}')) return POD_SPEC_PATHS.map((p) => p + pattern.slice('{pod}'.length));
  return [pattern];
}

const LISTS: ReadonlyMap<string, ListStrategy> = new Map(
  Object.entries(LIST_MERGE_KEYS).flatMap(([pattern, key]) =>
    expand(pattern).map((path): [string, ListStrategy] => [path, key ? { kind: 'key', key } : { kind: 'set' }])),
);

const RETAINING: ReadonlySet<string> = new Set(RETAIN_KEYS.flatMap(expand));

/** How the list at `path` merges (`spec.template.spec.containers[].ports`). */
export function listStrategyAt(path: string): ListStrategy {
  return LISTS.get(path) ?? { kind: 'replace' };
}

/** True when the map at `path` keeps only the keys the applied manifest names. */
export function retainsKeysAt(path: string): boolean {
  return RETAINING.has(path);
}
