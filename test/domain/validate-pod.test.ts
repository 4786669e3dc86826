import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultPod } from '../../daemon/domain/defaults.js';
import { InvalidError } from '../../daemon/domain/errors.js';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Container, Pod, PodSpec } from '../../daemon/domain/types.js';
import { podWarnings, validatePod } from '../../daemon/domain/validate-pod.js';

const t = suite('validate-pod');

const SUBDOMAIN_RE = "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'";
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

function pod(spec: Partial<PodSpec>, name = 'p'): Pod {
  const containers: Container[] = spec.containers ?? [{ name: 'c', image: 'busybox' }];
  return defaultPod({
    apiVersion: 'v1', kind: 'Pod', status: {},
    metadata: { name, namespace: 'default', uid: 'u', resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: { ...spec, containers },
  });
}
const errors = (p: Pod) => validatePod(p).map(renderFieldError);

const cases: { name: string; pod: Pod; want: string[] }[] = [
  { name: 'valid', pod: pod({}), want: [] },
  { name: 'name required', pod: pod({}, ''), want: ['metadata.name: Required value: name or generateName is required'] },
  { name: 'name not a subdomain', pod: pod({}, 'My_Pod'), want: [`metadata.name: Invalid value: "My_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', ${SUBDOMAIN_RE})`] },
  { name: 'containers required', pod: { ...pod({}), spec: { ...pod({}).spec, containers: [] } }, want: ['spec.containers: Required value'] },
  { name: 'container name must be a label', pod: pod({ containers: [{ name: 'web.1', image: 'nginx' }] }), want: ['spec.containers[0].name: Invalid value: "web.1": must not contain dots'] },
  { name: 'container name and image required', pod: pod({ containers: [{ name: '', image: '' }] }), want: ['spec.containers[0].name: Required value', 'spec.containers[0].image: Required value'] },
  { name: 'duplicate container names', pod: pod({ containers: [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }] }), want: ['spec.containers[1].name: Duplicate value: "a"'] },
  { name: 'image with trailing space (pods only)', pod: pod({ containers: [{ name: 'a', image: 'nginx ' }] }), want: ['spec.containers[0].image: Invalid value: "nginx ": must not have leading or trailing whitespace'] },
  // R11.1
  { name: 'containerPort required', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 0 }] }] }), want: ['spec.containers[0].ports[0].containerPort: Required value'] },
  { name: 'containerPort range', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 65536 }] }] }), want: ['spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive'] },
  { name: 'hostPort range', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 70000 }] }] }), want: ['spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive'] },
  { name: 'protocol not supported (sorted list)', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, protocol: 'ICMP' as 'TCP' }] }] }), want: ['spec.containers[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'port names unique within a container', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] }] }), want: ['spec.containers[0].ports[1].name: Duplicate value: "http"'] },
  // The same port name in two containers is accepted (R11.1).
  { name: 'port names may repeat across containers', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http' }] }, { name: 'b', image: 'x', ports: [{ containerPort: 81, name: 'http' }] }] }), want: [] },
  // R11.2: empty hostIP gives `//`.
  { name: 'hostPort conflict across containers', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'b', image: 'x', ports: [{ containerPort: 81, hostPort: 8080 }] }] }), want: ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'] },
  { name: 'hostPort on different protocols is fine', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 53, hostPort: 53 }, { containerPort: 53, hostPort: 53, protocol: 'UDP' }] }] }), want: [] },
  // hostNetwork: the pod's hostPort is defaulted to containerPort, so only a different one fails.
  { name: 'hostNetwork hostPort must match', pod: pod({ hostNetwork: true, containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080 }] }] }), want: ['spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'] },
  { name: 'hostNetwork hostPort defaulted', pod: pod({ hostNetwork: true, containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80 }] }] }), want: [] },
  // R5.3
  { name: 'env fieldPath not supported', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'PHASE', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }] }] }), want: ['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"'] },
  { name: 'env fieldPath unknown', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'status.nope' } } }] }] }), want: ['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "status.nope": error converting fieldPath: field label not supported: status.nope'] },
  { name: 'env fieldRef apiVersion v2', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'X', valueFrom: { fieldRef: { apiVersion: 'v2', fieldPath: 'metadata.name' } } }] }] }), want: ['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2'] },
  { name: 'env labels subscript allowed', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }] }] }), want: [] },
  { name: 'env value and valueFrom', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'X', value: 'v', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }] }), want: ['spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty'] },
  { name: 'env empty valueFrom', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'X', valueFrom: {} }] }] }), want: ['spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'] },
  { name: 'env name required', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: '', value: 'v' }] }] }), want: ['spec.containers[0].env[0].name: Required value'] },
  // Literal slices keep upstream's order (not sorted).
  { name: 'dnsPolicy not supported', pod: pod({ dnsPolicy: 'Cluster' as 'None' }), want: ['spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'] },
  { name: 'restartPolicy not supported', pod: pod({ restartPolicy: 'Sometimes' as 'Never' }), want: ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'] },
  // R7.5
  { name: 'dnsPolicy None without dnsConfig', pod: pod({ dnsPolicy: 'None' }), want: ['spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None'] },
  { name: 'dnsPolicy None without nameservers', pod: pod({ dnsPolicy: 'None', dnsConfig: { searches: ['a.b'] } }), want: ['spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None'] },
  { name: 'too many nameservers', pod: pod({ dnsConfig: { nameservers: ['1.1.1.1', '1.1.1.2', '1.1.1.3', '1.1.1.4'] } }), want: ['spec.dnsConfig.nameservers: Invalid value: []string{"1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4"}: must not have more than 3 nameservers'] },
  { name: 'bad nameserver', pod: pod({ dnsConfig: { nameservers: ['dns.local'] } }), want: ['spec.dnsConfig.nameservers[0]: Invalid value: "dns.local": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] },
  { name: 'too many searches', pod: pod({ dnsConfig: { searches: Array.from({ length: 33 }, (_, i) => `s${i}`) } }), want: [`spec.dnsConfig.searches: Invalid value: []string{${Array.from({ length: 33 }, (_, i) => `"s${i}"`).join(', ')}}: must not have more than 32 search paths`] },
  { name: 'search list too long', pod: pod({ dnsConfig: { searches: Array.from({ length: 9 }, (_, i) => `${String(i).repeat(230)}`) } }), want: [`spec.dnsConfig.searches: Invalid value: []string{${Array.from({ length: 9 }, (_, i) => `"${String(i).repeat(230)}"`).join(', ')}}: must not have more than 2048 characters (including spaces) in the search list`] },
  // A trailing dot is allowed; the message shows the trimmed value.
  { name: 'search with trailing dot ok, bad one reported trimmed', pod: pod({ dnsConfig: { searches: ['svc.cluster.local.', 'Bad.'] } }), want: [`spec.dnsConfig.searches[1]: Invalid value: "Bad": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', ${SUBDOMAIN_RE})`] },
  { name: 'option name required', pod: pod({ dnsConfig: { options: [{ name: '' }] } }), want: ['spec.dnsConfig.options[0]: Required value: must not be empty'] },
  // R6.6
  { name: 'hostAliases ip', pod: pod({ hostAliases: [{ ip: '10.1.2', hostnames: ['foo.local'] }] }), want: ['spec.hostAliases[0].ip: Invalid value: "10.1.2": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] },
  { name: 'hostAliases hostname', pod: pod({ hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar_local'] }] }), want: [`spec.hostAliases[0].hostnames[1]: Invalid value: "bar_local": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', ${SUBDOMAIN_RE})`] },
  { name: 'hostAliases without hostnames is accepted', pod: pod({ hostAliases: [{ ip: '127.0.0.1' }] }), want: [] },
  { name: 'hostname and subdomain labels', pod: pod({ hostname: 'Web', subdomain: 'a.b' }), want: [`spec.hostname: Invalid value: "Web": ${LABEL_MSG}`, 'spec.subdomain: Invalid value: "a.b": must not contain dots'] },
  { name: 'nodeName', pod: pod({ nodeName: 'Node_1' }), want: [`spec.nodeName: Invalid value: "Node_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', ${SUBDOMAIN_RE})`] },
  { name: 'toleration without key needs Exists', pod: pod({ tolerations: [{ operator: 'Equal', value: 'x' }] }), want: ['spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"'] },
  { name: 'toleration seconds need NoExecute', pod: pod({ tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }] }), want: ["spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"] },
  { name: 'toleration Exists with value', pod: pod({ tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }), want: ["spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'"] },
  { name: 'toleration effect not supported (upstream order)', pod: pod({ tolerations: [{ key: 'k', operator: 'Exists', effect: 'Never' as 'NoExecute' }] }), want: ['spec.tolerations[0].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'] },
  { name: 'nodeSelector label value', pod: pod({ nodeSelector: { disk: 'a b' } }), want: ["spec.nodeSelector: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"] },
  { name: 'pull policy not supported', pod: pod({ containers: [{ name: 'a', image: 'x', imagePullPolicy: 'Sometimes' as 'Never' }] }), want: ['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'] },
];
for (const c of cases) t(c.name, () => assert.equal(errors(c.pod), c.want));

t('the aggregate message kubectl prints', () => {
  const p = pod({ containers: [{ name: '', image: '' }] });
  const e = new InvalidError({ kind: 'Pod', resource: 'pods', name: 'p' }, validatePod(p));
  assert.is(e.message, 'Pod "p" is invalid: [spec.containers[0].name: Required value, spec.containers[0].image: Required value]');
});

const warnings: { name: string; pod: Pod; want: string[] }[] = [
  // R11.3: same containerPort in two containers is accepted with a warning.
  { name: 'duplicate port', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80 }] }, { name: 'b', image: 'x', ports: [{ containerPort: 80 }] }] }),
    want: ['spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]'] },
  { name: 'overlapping port', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'b', image: 'x', ports: [{ containerPort: 80 }] }] }),
    want: ['spec.containers[1].ports[0]: overlapping port definition with spec.containers[0].ports[0]'] },
  { name: 'ambiguous port', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }, { containerPort: 80, hostPort: 8080 }] }] }),
    want: ['spec.containers[0].ports[1]: dangerously ambiguous port definition with spec.containers[0].ports[0]'] },
  { name: 'hostIP without hostPort', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http', hostIP: '1.2.3.4' }] }] }),
    want: ['spec.containers[0].ports[0]: hostIP set without hostPort: {Name:http HostPort:0 ContainerPort:80 Protocol:TCP HostIP:1.2.3.4}'] },
  { name: 'different protocols do not warn', pod: pod({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 53 }, { containerPort: 53, protocol: 'UDP' }] }] }), want: [] },
  { name: 'env hiding an earlier one', pod: pod({ containers: [{ name: 'a', image: 'x', env: [{ name: 'X', value: '1' }, { name: 'X', value: '$(X)2' }, { name: 'X', value: '3' }] }] }),
    want: ['spec.containers[0].env[2]: hides previous definition of "X", which may be dropped when using apply'] },
  { name: 'duplicate hostAlias ip', pod: pod({ hostAliases: [{ ip: '127.0.0.1', hostnames: ['a'] }, { ip: '127.0.0.1', hostnames: ['b'] }] }),
    want: ['spec.hostAliases[1].ip: duplicate ip "127.0.0.1"'] },
];
for (const c of warnings) t(`warning: ${c.name}`, () => assert.equal(podWarnings(c.pod), c.want));

t.run();
