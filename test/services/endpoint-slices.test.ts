import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { EndpointSlice, Service, ServicePort } from '../../daemon/domain/service-types.js';
import type { ContainerPort, Node, Pod } from '../../daemon/domain/types.js';
import { desiredEndpointSlices, type SliceChanges } from '../../daemon/services/endpoint-slices.js';
import { findPort } from '../../daemon/services/endpoint-from-pod.js';
import { legacyEndpoints } from '../../cli/endpoints-view.js';
import { KUBE_ALPHANUMS, Rng } from '../../daemon/sim/rng.js';

const t = suite('services/endpoint-slices');

function svc(o: { name?: string; ports?: ServicePort[]; families?: ('IPv4' | 'IPv6')[]; clusterIP?: string; selector?: Record<string, string> | null;
  publishNotReady?: boolean; labels?: Record<string, string>; type?: Service['spec']['type'] } = {}): Service {
  const families = o.families ?? ['IPv4', 'IPv6'];
  const clusterIP = o.clusterIP ?? (families[0] === 'IPv4' ? '10.96.0.20' : 'fd00:10:96::20');
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: o.name ?? 'web', namespace: 'default', uid: 'svc-uid', resourceVersion: '5', creationTimestamp: '2024-05-01T12:00:00Z', labels: o.labels },
    spec: {
      type: o.type ?? 'ClusterIP', ports: o.ports ?? [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
      ...(o.selector === null ? {} : { selector: o.selector ?? { app: 'web' } }),
      clusterIP, clusterIPs: [clusterIP], ipFamilies: families, publishNotReadyAddresses: o.publishNotReady,
    },
    status: {},
  };
}

function pod(name: string, i: number, o: { ready?: boolean; phase?: Pod['status']['phase']; deleting?: boolean; ips?: string[]; node?: string;
  ports?: ContainerPort[]; hostname?: string; subdomain?: string; labels?: Record<string, string> } = {}): Pod {
  const ips = o.ips ?? [`10.244.1.${i}`, `fd00:10:244:1::${i.toString(16)}`];
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '2024-05-01T12:00:00Z',
      labels: o.labels ?? { app: 'web' }, ...(o.deleting ? { deletionTimestamp: '2024-05-01T12:05:00Z' } : {}) },
    spec: { containers: [{ name: 'c', image: 'nginx', ports: o.ports }], nodeName: o.node ?? 'netsim-worker', hostname: o.hostname, subdomain: o.subdomain },
    status: {
      phase: o.phase ?? 'Running', podIP: ips[0], podIPs: ips.map((ip) => ({ ip })),
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }],
    },
  };
}

const node = (name: string, zone?: string): Node => ({
  apiVersion: 'v1', kind: 'Node',
  metadata: { name, uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '2024-05-01T12:00:00Z', labels: zone ? { 'topology.kubernetes.io/zone': zone } : {} },
  spec: {}, status: {},
});
const nodes = [node('netsim-worker', 'zone-a'), node('netsim-worker2')];

const run = (s: Service, pods: Pod[], existing: EndpointSlice[] = [], seed = 1, max?: number): SliceChanges =>
  desiredEndpointSlices(s, pods, nodes, existing, new Rng(seed), { maxEndpointsPerSlice: max });

/** What a store would hold after applying the changes (created slices get a uid). */
function apply(existing: EndpointSlice[], c: SliceChanges): EndpointSlice[] {
  const gone = new Set([...c.delete, ...c.update].map((s) => s.metadata.name));
  return [...existing.filter((s) => !gone.has(s.metadata.name)), ...c.update,
    ...c.create.map((s) => ({ ...s, metadata: { ...s.metadata, uid: `uid-${s.metadata.name}` } }))];
}

const addrs = (s: EndpointSlice) => s.endpoints.map((e) => e.addresses.join(','));

t('dual-stack: one slice per family, each holding that family only, with identity labels and owner', () => {
  const c = run(svc(), [pod('web-b', 2), pod('web-a', 1)]);
  assert.is(c.create.length, 2);
  assert.equal(c.update, []);
  assert.equal(c.delete, []);
  const [v4, v6] = c.create;
  assert.is(v4.addressType, 'IPv4');
  assert.is(v6.addressType, 'IPv6');
  assert.equal(addrs(v4), ['10.244.1.1', '10.244.1.2'], 'sorted by pod name');
  assert.equal(addrs(v6), ['fd00:10:244:1::1', 'fd00:10:244:1::2']);
  assert.match(v4.metadata.name, new RegExp(`^web-[${KUBE_ALPHANUMS}]{5}$`));
  assert.is(v4.metadata.generateName, 'web-');
  assert.is.not(v4.metadata.name, v6.metadata.name);
  assert.equal(v4.metadata.labels, { 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
  assert.equal(v4.metadata.ownerReferences, [{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'svc-uid', controller: true, blockOwnerDeletion: true }]);
  assert.equal(v4.ports, [{ name: '', port: 8080, protocol: 'TCP' }]);
  assert.equal(v4.endpoints[0], {
    addresses: ['10.244.1.1'], conditions: { ready: true, serving: true, terminating: false },
    targetRef: { kind: 'Pod', namespace: 'default', name: 'web-a', uid: 'uid-web-a' }, nodeName: 'netsim-worker', zone: 'zone-a',
  });
});

t('single-stack IPv6 Service: only an IPv6 slice', () => {
  const c = run(svc({ families: ['IPv6'] }), [pod('a', 1)]);
  assert.equal(c.create.map((s) => s.addressType), ['IPv6']);
});

t('the same seed names slices the same; names avoid existing ones', () => {
  assert.equal(run(svc(), [pod('a', 1)], [], 7).create.map((s) => s.metadata.name), run(svc(), [pod('a', 1)], [], 7).create.map((s) => s.metadata.name));
  const first = run(svc({ families: ['IPv4'] }), [pod('a', 1)], [], 7).create[0];
  const other = { ...first, metadata: { ...first.metadata, labels: {}, namespace: 'default' } };
  assert.is.not(run(svc({ families: ['IPv4'] }), [pod('a', 1)], [other], 7).create[0].metadata.name, first.metadata.name);
});

t('named targetPort resolves by name and protocol; a pod without it lands in a slice with fewer ports', () => {
  const s = svc({ families: ['IPv4'], ports: [
    { name: 'http', port: 80, protocol: 'TCP', targetPort: 'web' },
    { name: 'dns', port: 53, protocol: 'UDP', targetPort: 'dns' },
  ] });
  const full = pod('a', 1, { ports: [{ name: 'web', containerPort: 8080 }, { name: 'dns', containerPort: 5353, protocol: 'TCP' }, { name: 'dns', containerPort: 5454, protocol: 'UDP' }] });
  const partial = pod('b', 2, { ports: [{ name: 'web', containerPort: 9090, protocol: 'TCP' }] });
  const none = pod('c', 3, { ports: [{ name: 'other', containerPort: 1 }] });
  const c = run(s, [full, partial, none]);
  const byPorts = Object.fromEntries(c.create.map((x) => [JSON.stringify(x.ports), addrs(x)]));
  assert.equal(byPorts, {
    '[{"name":"http","port":8080,"protocol":"TCP"},{"name":"dns","port":5454,"protocol":"UDP"}]': ['10.244.1.1'],
    '[{"name":"http","port":9090,"protocol":"TCP"}]': ['10.244.1.2'],
    '[]': ['10.244.1.3'],
  });
});

t('findPort: numeric is used as is, absent targetPort means port, named needs the protocol', () => {
  const p = pod('a', 1, { ports: [{ name: 'dns', containerPort: 53, protocol: 'UDP' }] });
  const cases: { name: string; sp: ServicePort; want: number | undefined }[] = [
    { name: 'numeric not declared by the container', sp: { port: 80, targetPort: 9999 }, want: 9999 },
    { name: 'no targetPort', sp: { port: 80 }, want: 80 },
    { name: 'named, same protocol', sp: { port: 53, protocol: 'UDP', targetPort: 'dns' }, want: 53 },
    { name: 'named, other protocol', sp: { port: 53, protocol: 'TCP', targetPort: 'dns' }, want: undefined },
    { name: 'named, missing', sp: { port: 53, targetPort: 'nope' }, want: undefined },
  ];
  for (const k of cases) assert.is(findPort(p, k.sp), k.want, k.name);
});

t('membership and conditions: terminal and IP-less pods out, not-ready and terminating in', () => {
  const pods = [
    pod('done', 1, { phase: 'Succeeded' }), pod('failed', 2, { phase: 'Failed' }), pod('pending', 3, { ips: [] }),
    pod('notready', 4, { ready: false }), pod('term', 5, { deleting: true }), pod('other', 6, { labels: { app: 'db' } }),
    pod('lost', 7, { node: 'gone' }),
  ];
  const [v4] = run(svc({ families: ['IPv4'] }), pods).create;
  assert.equal(v4.endpoints.map((e) => [e.targetRef?.name, e.conditions]), [
    ['notready', { ready: false, serving: false, terminating: false }],
    ['term', { ready: false, serving: true, terminating: true }],
  ]);
});

t('publishNotReadyAddresses: every listed endpoint is ready, pods on unknown nodes kept', () => {
  const [v4] = run(svc({ families: ['IPv4'], publishNotReady: true }), [pod('notready', 4, { ready: false }), pod('lost', 7, { node: 'gone' })]).create;
  assert.equal(v4.endpoints.map((e) => [e.targetRef?.name, e.conditions?.ready, e.zone]), [['lost', true, undefined], ['notready', true, 'zone-a']]);
});

t('headless: marker label, no ports, hostname only when subdomain names the Service', () => {
  const s = svc({ name: 'nginx', families: ['IPv4'], clusterIP: 'None', ports: [], labels: { app: 'nginx', 'kubernetes.io/service-name': 'x' } });
  const pods = [pod('web-0', 1, { hostname: 'web-0', subdomain: 'nginx' }), pod('web-1', 2, { hostname: 'web-1', subdomain: 'other' }), pod('web-2', 3, { subdomain: 'nginx' })];
  const [slice] = run(s, pods).create;
  assert.equal(slice.metadata.labels, {
    app: 'nginx', 'service.kubernetes.io/headless': '', 'kubernetes.io/service-name': 'nginx',
    'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
  });
  assert.equal(slice.ports, []);
  assert.equal(slice.endpoints.map((e) => e.hostname), ['web-0', undefined, undefined]);
});

t('selectorless and ExternalName Services get nothing, even with stale slices around', () => {
  const stale = run(svc({ families: ['IPv4'] }), [pod('a', 1)]).create;
  for (const s of [svc({ selector: null }), svc({ selector: {} }), svc({ type: 'ExternalName' })]) {
    assert.equal(run(s, [pod('a', 1)], stale), { create: [], update: [], delete: [] });
  }
});

t('no pods: one placeholder per family, kept as is on the next pass', () => {
  const c = run(svc(), []);
  assert.equal(c.create.map((s) => [s.addressType, s.endpoints, s.ports]), [['IPv4', [], []], ['IPv6', [], []]]);
  assert.equal(run(svc(), [], apply([], c)), { create: [], update: [], delete: [] });
});

t('more than 100 endpoints split into full slices; a later pod fills the unchanged slice closest to full', () => {
  const pods = Array.from({ length: 250 }, (_, i) => pod(`p${String(i).padStart(3, '0')}`, i, { ips: [`10.244.${i >> 8}.${i & 255}`] }));
  const s = svc({ families: ['IPv4'] });
  const c = run(s, pods);
  assert.equal(c.create.map((x) => x.endpoints.length), [100, 100, 50]);
  const store = apply([], c);
  assert.equal(run(s, pods, store), { create: [], update: [], delete: [] }, 'steady state');
  const more = run(s, [...pods, pod('p999', 0, { ips: ['10.244.9.9'] })], store);
  assert.equal([more.create.length, more.delete.length], [0, 0]);
  assert.equal(more.update.map((x) => x.endpoints.length), [51]);
});

t('a removed pod updates its slice; an emptied slice is reused for a new port set under its name', () => {
  const s = svc({ families: ['IPv4'] });
  const store = apply([], run(s, [pod('a', 1), pod('b', 2)]));
  const fewer = run(s, [pod('b', 2)], store);
  assert.equal(fewer.update.map(addrs), [['10.244.1.2']]);
  assert.is(fewer.update[0].metadata.name, store[0].metadata.name);
  const s2 = svc({ families: ['IPv4'], ports: [{ port: 80, protocol: 'TCP', targetPort: 9090 }] });
  const moved = run(s2, [pod('b', 2)], store);
  assert.equal([moved.create.length, moved.delete.length], [0, 0]);
  assert.is(moved.update[0].metadata.name, store[0].metadata.name);
  assert.equal(moved.update[0].ports, [{ name: '', port: 9090, protocol: 'TCP' }]);
});

t('family removed, slices of other owners and label changes', () => {
  const s = svc();
  const store = apply([], run(s, [pod('a', 1)]));
  const v4only = run(svc({ families: ['IPv4'] }), [pod('a', 1)], store);
  assert.equal(v4only.delete.map((x) => x.addressType), ['IPv6']);
  const relabelled = run(svc({ labels: { tier: 'front' } }), [pod('a', 1)], store);
  assert.equal(relabelled.update.map((x) => x.metadata.labels?.tier), ['front', 'front']);
  const foreign = store.map((x) => ({ ...x, metadata: { ...x.metadata, ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'old' }] } }));
  const replaced = run(s, [pod('a', 1)], foreign);
  assert.equal([replaced.create.length, replaced.update.length, replaced.delete.length], [2, 0, 2]);
});

t('condition changes update in place', () => {
  const s = svc({ families: ['IPv4'] });
  const store = apply([], run(s, [pod('a', 1)]));
  const c = run(s, [pod('a', 1, { ready: false })], store);
  assert.equal(c.update.map((x) => x.endpoints[0].conditions?.ready), [false]);
});

t('legacy Endpoints: primary family, ready and not-ready addresses, terminating left out', () => {
  const s = svc({ ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }] });
  const slices = apply([], run(s, [pod('b', 2), pod('a', 1), pod('nr', 3, { ready: false }), pod('t', 4, { deleting: true })]));
  const ep = legacyEndpoints(s, slices)!;
  assert.equal(ep.metadata.name, 'web');
  assert.equal(ep.subsets, [{
    addresses: [
      { ip: '10.244.1.1', nodeName: 'netsim-worker', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: 'uid-a' } },
      { ip: '10.244.1.2', nodeName: 'netsim-worker', targetRef: { kind: 'Pod', namespace: 'default', name: 'b', uid: 'uid-b' } },
    ],
    notReadyAddresses: [{ ip: '10.244.1.3', nodeName: 'netsim-worker', targetRef: { kind: 'Pod', namespace: 'default', name: 'nr', uid: 'uid-nr' } }],
    ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
  }]);
  const v6first = svc({ families: ['IPv6', 'IPv4'] });
  assert.equal(legacyEndpoints(v6first, apply([], run(v6first, [pod('a', 1)])))!.subsets[0].addresses!.map((a) => a.ip), ['fd00:10:244:1::1']);
});

t('legacy Endpoints: repacked by port set; headless without ports lists bare addresses; none for selectorless', () => {
  const s = svc({ families: ['IPv4'], ports: [{ name: 'a', port: 1, targetPort: 'a' }, { name: 'b', port: 2, targetPort: 2 }] });
  const slices = apply([], run(s, [pod('x', 1, { ports: [{ name: 'a', containerPort: 11 }] }), pod('y', 2)]));
  assert.equal(legacyEndpoints(s, slices)!.subsets.map((ss) => [ss.addresses!.map((a) => a.ip), ss.ports!.map((p) => p.port)]), [
    [['10.244.1.1'], [11]],
    [['10.244.1.1', '10.244.1.2'], [2]],
  ]);
  const h = svc({ name: 'h', families: ['IPv4'], clusterIP: 'None', ports: [] });
  const ep = legacyEndpoints(h, apply([], run(h, [pod('x', 1)])))!;
  assert.equal(ep.subsets, [{ addresses: [{ ip: '10.244.1.1', nodeName: 'netsim-worker', targetRef: { kind: 'Pod', namespace: 'default', name: 'x', uid: 'uid-x' } }] }]);
  assert.is(ep.metadata.labels?.['service.kubernetes.io/headless'], '');
  assert.is(legacyEndpoints(svc({ selector: null }), []), undefined);
  assert.equal(legacyEndpoints(s, [])!.subsets, []);
});

// Property: from any store state reached by earlier passes, a pass leaves every eligible pod in
// exactly one slice per family, no slice over the limit, and a second pass changes nothing.
t('property: reconcile converges and places every pod once', () => {
  const podSet = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 250 }), ready: fc.boolean(), deleting: fc.boolean(), named: fc.boolean() }),
    { selector: (p) => p.id, maxLength: 40 });
  const s = svc({ ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }, { name: 'm', port: 9, protocol: 'TCP', targetPort: 9 }] });
  const mk = (ps: { id: number; ready: boolean; deleting: boolean; named: boolean }[]) => ps.map((p) => pod(`p${p.id}`, p.id, {
    ready: p.ready, deleting: p.deleting, ports: p.named ? [{ name: 'http', containerPort: 8080 }] : [],
  }));
  fc.assert(fc.property(fc.array(podSet, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 7 }), (steps, max) => {
    let store: EndpointSlice[] = [];
    for (const [i, ps] of steps.entries()) {
      store = apply(store, run(s, mk(ps), store, i, max));
      for (const family of ['IPv4', 'IPv6']) {
        const names = store.filter((x) => x.addressType === family).flatMap((x) => x.endpoints.map((e) => e.targetRef?.name)).sort();
        if (JSON.stringify(names) !== JSON.stringify(ps.map((p) => `p${p.id}`).sort())) return false;
      }
      if (store.some((x) => x.endpoints.length > max)) return false;
      const again = run(s, mk(ps), store, i + 100, max);
      if (again.create.length + again.update.length + again.delete.length !== 0) return false;
    }
    return true;
  }), { seed: 9, numRuns: 150 });
});

t.run();
