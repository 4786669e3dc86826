import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Node, NodeSpec } from '../../daemon/domain/types.js';
import { validateNode, validateNodeUpdate } from '../../daemon/domain/validate-node.js';

const t = suite('validate-node');

const node = (spec: NodeSpec, name = 'netsim-worker'): Node => ({
  apiVersion: 'v1', kind: 'Node', status: {}, spec,
  metadata: { name, uid: 'u', resourceVersion: '3', creationTimestamp: '2024-01-01T00:00:00Z' },
});
const errors = (n: Node) => validateNode(n).map(renderFieldError);

const cases: { name: string; node: Node; want: string[] }[] = [
  { name: 'dual-stack podCIDRs', node: node({ podCIDRs: ['10.244.1.0/24', 'fd00:10:244:1::/64'] }), want: [] },
  { name: 'single CIDR', node: node({ podCIDRs: ['10.244.1.0/24'] }), want: [] },
  // R4.5: at most one per family.
  { name: 'two IPv4 CIDRs', node: node({ podCIDRs: ['10.244.1.0/24', '10.244.2.0/24'] }),
    want: ['spec.podCIDRs: Invalid value: []string{"10.244.1.0/24", "10.244.2.0/24"}: may specify no more than one CIDR for each IP family'] },
  { name: 'three CIDRs', node: node({ podCIDRs: ['10.244.1.0/24', 'fd00::/64', '10.244.2.0/24'] }),
    want: ['spec.podCIDRs: Invalid value: []string{"10.244.1.0/24", "fd00::/64", "10.244.2.0/24"}: may specify no more than one CIDR for each IP family'] },
  { name: 'duplicate CIDR', node: node({ podCIDRs: ['10.244.1.0/24', '10.244.1.0/24'] }),
    want: ['spec.podCIDRs: Invalid value: []string{"10.244.1.0/24", "10.244.1.0/24"}: may specify no more than one CIDR for each IP family', 'spec.podCIDRs[1]: Duplicate value: "10.244.1.0/24"'] },
  { name: 'bad CIDR', node: node({ podCIDRs: ['10.244.1.0/33'] }),
    want: ['spec.podCIDRs[0]: Invalid value: "10.244.1.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'] },
  // Upstream validates node taints under `metadata`.
  { name: 'taint effect required', node: node({ taints: [{ key: 'k', effect: '' as 'NoSchedule' }] }), want: ['metadata.taints[0].effect: Required value'] },
  { name: 'taint effect not supported', node: node({ taints: [{ key: 'k', effect: 'NoWay' as 'NoSchedule' }] }),
    want: ['metadata.taints[0].effect: Unsupported value: "NoWay": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'] },
  { name: 'duplicate taint', node: node({ taints: [{ key: 'k', value: 'a', effect: 'NoSchedule' }, { key: 'k', value: 'b', effect: 'NoSchedule' }] }),
    want: ['metadata.taints[1]: Duplicate value: core.Taint{Key:"k", Value:"b", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair'] },
  { name: 'node name', node: node({}, 'Worker_1'), want: ["metadata.name: Invalid value: \"Worker_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"] },
];
for (const c of cases) t(c.name, () => assert.equal(errors(c.node), c.want));

const FORBIDDEN = 'spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid';
const updates: { name: string; next: NodeSpec; old: NodeSpec; want: string[] }[] = [
  { name: 'set from empty', old: {}, next: { podCIDRs: ['10.244.1.0/24'] }, want: [] },
  { name: 'unchanged', old: { podCIDRs: ['10.244.1.0/24'] }, next: { podCIDRs: ['10.244.1.0/24'] }, want: [] },
  { name: 'changed', old: { podCIDRs: ['10.244.1.0/24'] }, next: { podCIDRs: ['10.244.2.0/24'] }, want: [FORBIDDEN] },
  { name: 'family added', old: { podCIDRs: ['10.244.1.0/24'] }, next: { podCIDRs: ['10.244.1.0/24', 'fd00::/64'] }, want: [FORBIDDEN] },
  { name: 'removed', old: { podCIDRs: ['10.244.1.0/24'] }, next: {}, want: [FORBIDDEN] },
];
for (const c of updates) t(`update: ${c.name}`, () => assert.equal(validateNodeUpdate(node(c.next), node(c.old)).map(renderFieldError), c.want));

t.run();
