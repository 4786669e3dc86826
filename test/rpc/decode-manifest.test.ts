import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BadRequestError } from '../../daemon/domain/errors.js';
import { decodeManifest, ManifestSyntaxError, NoKindMatchError, splitManifests } from '../../daemon/rpc/decode-manifest.js';

const t = suite('decode manifest');

/** YAML in, exactly one document out. */
function one(yaml: string): unknown {
  const { documents, error } = splitManifests(yaml);
  if (error) throw error;
  assert.is(documents.length, 1);
  return documents[0];
}

function decodeError(yaml: string): Error {
  try {
    decodeManifest(one(yaml));
  } catch (e) {
    return e as Error;
  }
  throw new Error('decoded without an error');
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n';
const HANDLED = 'Pod in version "v1" cannot be handled as a Pod: ';

const unknownFields = [
  { name: 'in spec', yaml: `${POD}  foo: 1\n`, want: 'unknown field "spec.foo"' },
  { name: 'in a list element', yaml: `${POD}    imagee: x\n`, want: 'unknown field "spec.containers[0].imagee"' },
  { name: 'several, in sorted order at each level', yaml: `${POD}  zed: 1\n  bar: 2\n    foo: 3\n`.replace('  zed: 1\n  bar: 2\n    foo: 3\n', '    foo: 3\n  zed: 1\n  bar: 2\n'),
    want: 'unknown field "spec.bar", unknown field "spec.containers[0].foo", unknown field "spec.zed"' },
  { name: 'at the top', yaml: `${POD}extra: true\n`, want: 'unknown field "extra"' },
  { name: 'in metadata', yaml: POD.replace('  name: p\n', '  name: p\n  lables: {a: b}\n'), want: 'unknown field "metadata.lables"' },
  { name: 'case-sensitive', yaml: POD.replace('image:', 'Image:'), want: 'unknown field "spec.containers[0].Image"' },
];
for (const c of unknownFields) {
  t(`unknown field ${c.name}`, () => {
    const e = decodeError(c.yaml);
    assert.instance(e, BadRequestError);
    assert.is(e.message, `${HANDLED}strict decoding error: ${c.want}`);
  });
}

t('unknown field deep in a Deployment template', () => {
  const yaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    spec:\n'
    + '      containers:\n      - {name: a, image: x}\n      - name: b\n        image: z\n        ports:\n        - containerPortZ: 8080\n';
  assert.is(decodeError(yaml).message,
    'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[1].ports[0].containerPortZ"');
});

const typeErrors = [
  { name: 'number into string', yaml: POD.replace('image: busybox', 'image: 5'), want: 'number into Go struct field Container.spec.containers.image of type string' },
  { name: 'string into a list', yaml: POD.replace(/containers:[\s\S]*$/, 'containers: x\n'), want: 'string into Go struct field PodSpec.spec.containers of type []v1.Container' },
  { name: 'string into int32', yaml: `${POD}    ports:\n    - containerPort: "80"\n`, want: 'string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32' },
  { name: 'fraction into int32', yaml: `${POD}    ports:\n    - containerPort: 80.5\n`, want: 'number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32' },
  { name: 'int32 overflow', yaml: `${POD}    ports:\n    - containerPort: 3000000000\n`, want: 'number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32' },
  { name: 'string into bool', yaml: `${POD}  hostNetwork: "true"\n`, want: 'string into Go struct field PodSpec.spec.hostNetwork of type bool' },
  { name: 'YAML 1.1 yes is a bool', yaml: `${POD}    env:\n    - name: A\n      value: yes\n`, want: 'bool into Go struct field EnvVar.spec.containers.env.value of type string' },
  { name: 'number as a label value', yaml: POD.replace('  name: p\n', '  name: p\n  labels: {a: 1}\n'), want: 'number into Go struct field ObjectMeta.metadata.labels of type string' },
  { name: 'list as labels', yaml: POD.replace('  name: p\n', '  name: p\n  labels: [a]\n'), want: 'array into Go struct field ObjectMeta.metadata.labels of type map[string]string' },
  { name: 'named string type', yaml: `${POD}  restartPolicy: 1\n`, want: 'number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy' },
  { name: 'scalar spec', yaml: 'apiVersion: v1\nkind: Pod\nspec: 5\n', want: 'number into Go struct field Pod.spec of type v1.PodSpec' },
  { name: 'object into string', yaml: POD.replace('image: busybox', 'image: {name: x}'), want: 'object into Go struct field Container.spec.containers.image of type string' },
  { name: 'uid is types.UID', yaml: POD.replace('  name: p\n', '  name: p\n  uid: 7\n'), want: 'number into Go struct field ObjectMeta.metadata.uid of type types.UID' },
];
for (const c of typeErrors) {
  t(`type error: ${c.name}`, () => assert.is(decodeError(c.yaml).message, `${HANDLED}json: cannot unmarshal ${c.want}`));
}

t('a type error wins over unknown fields; the first in sorted order is kept', () => {
  const yaml = POD.replace('image: busybox', 'image: 5\n    name: 6').replace('  name: c\n', '  name: c\n    zzz: 1\n');
  assert.is(decodeError(yaml).message, `${HANDLED}json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string`);
});

t('workload status names its own Go struct', () => {
  const yaml = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nstatus:\n  replicas: x\n';
  assert.is(decodeError(yaml).message,
    'StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal string into Go struct field StatefulSetStatus.status.replicas of type int32');
});

t('a valid pod decodes to the domain shape', () => {
  const doc = one(`${POD}    ports:\n    - containerPort: 80\n  hostNetwork: false\n  terminationGracePeriodSeconds: 30\n`);
  assert.equal(decodeManifest(doc), {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: { containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 80 }] }], hostNetwork: false, terminationGracePeriodSeconds: 30 },
    status: {},
  });
});

const accepted = [
  { name: 'null values (kubectl create --dry-run -o yaml)', yaml: POD.replace('  name: p\n', '  name: p\n  creationTimestamp: null\n') + 'status: {}\n' },
  { name: 'Kubernetes fields netsim ignores', yaml: `${POD}    resources: {limits: {cpu: 1}}\n    volumeMounts: [{name: v, mountPath: /v}]\n  volumes: [{name: v, emptyDir: {}}]\n` },
  { name: 'StatefulSet with volumeClaimTemplates', yaml: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec:\n  serviceName: web\n'
    + '  selector: {matchLabels: {app: nginx}}\n  template:\n    metadata: {labels: {app: nginx}}\n    spec:\n      containers: [{name: nginx, image: nginx}]\n'
    + '  volumeClaimTemplates:\n  - metadata: {name: www}\n    spec: {accessModes: [ReadWriteOnce]}\n' },
  { name: 'node capacity as numbers', yaml: 'apiVersion: v1\nkind: Node\nmetadata: {name: node1}\nstatus:\n  capacity: {cpu: 4, memory: 8Gi}\n' },
  { name: 'namespace', yaml: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n' },
  { name: 'event', yaml: 'apiVersion: v1\nkind: Event\nmetadata: {name: e, namespace: default}\ninvolvedObject: {kind: Pod, name: p}\nreason: Pulled\ncount: 2\n' },
];
for (const c of accepted) t(`accepts ${c.name}`, () => assert.ok(decodeManifest(one(c.yaml))));

t('capacity numbers become quantity strings', () => {
  const n = decodeManifest(one(accepted[3].yaml)) as { status: { capacity?: Record<string, string> } };
  assert.equal(n.status.capacity, { cpu: '4', memory: '8Gi' });
});

const noMatch = [
  { apiVersion: 'v1', kind: 'Foo' },
  { apiVersion: 'apps/v1', kind: 'Pod' },
  { apiVersion: 'v1', kind: 'Deployment' },
  { apiVersion: 'extensions/v1beta1', kind: 'Deployment' },
];
for (const c of noMatch) {
  t(`no match for ${c.kind} in ${c.apiVersion}`, () => {
    const e = decodeError(`apiVersion: ${c.apiVersion}\nkind: ${c.kind}\nmetadata: {name: x}\n`);
    assert.instance(e, NoKindMatchError);
    assert.is(e.message, `no matches for kind "${c.kind}" in version "${c.apiVersion}"`);
    assert.is((e as NoKindMatchError).kind, c.kind);
    assert.is((e as NoKindMatchError).apiVersion, c.apiVersion);
  });
}

t('missing kind or apiVersion quote the document as Go marshals it', () => {
  assert.is(decodeError('metadata: {name: x}\napiVersion: v1\n').message, `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'`);
  assert.is(decodeError('kind: Pod\nmetadata: {name: "<a&b>"}\n').message, `Object 'apiVersion' is missing in '{"kind":"Pod","metadata":{"name":"\\u003ca\\u0026b\\u003e"}}'`);
});

t('a document that is not an object', () => {
  assert.is(decodeError('just a string\n').message, 'json: cannot unmarshal string into Go value of type map[string]interface {}');
});

const splits = [
  { name: 'documents, empty ones skipped', body: `---\n${POD}---\n# only a comment\n---\n\n---\n${POD}`, count: 2 },
  { name: 'kind: List expands', body: 'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n- {apiVersion: v1, kind: Namespace, metadata: {name: b}}\n', count: 2 },
  { name: 'a JSON List expands', body: '{"apiVersion":"v1","kind":"PodList","items":[{"apiVersion":"v1","kind":"Pod"}]}', count: 1 },
  { name: 'a JSON object', body: '{\n  "apiVersion": "v1",\n  "kind": "Namespace",\n  "metadata": {"name": "x"}\n}\n', count: 1 },
  { name: 'an empty body', body: '', count: 0 },
];
for (const c of splits) t(`split: ${c.name}`, () => {
  const { documents, error } = splitManifests(c.body);
  assert.is(error, undefined);
  assert.is(documents.length, c.count);
});

t('split: go-yaml v2 scalars (YAML 1.1 booleans and octal; timestamps stay strings)', () => {
  assert.equal(one('a: yes\nb: off\nc: 0755\nd: 2024-01-01T00:00:00Z\ne: "yes"\nf: n\n'), { a: true, b: false, c: 493, d: '2024-01-01T00:00:00Z', e: 'yes', f: false });
});

const broken = [
  { name: 'nested mapping on one line', body: 'apiVersion: v1\nkind: Pod\nmetadata: name: x\n', want: 'yaml: line 3: mapping values are not allowed in this context' },
  { name: 'a tab as indentation', body: 'a: 1\nb:\n\tc: 2\n', want: 'yaml: line 3: found character that cannot start any token' },
  { name: 'a key without a colon', body: 'a: 1\nb\nc: 2\n', want: "yaml: line 3: could not find expected ':'" },
  // go-yaml prints a parser error's 0-based line: the line before the culprit.
  { name: 'a dedented key', body: 'a:\n  b: 1\n c: 2\n', want: 'yaml: line 2: did not find expected key' },
  { name: 'an unclosed quote', body: 'a: 1\nb: "abc\nc: 2\n', want: 'yaml: line 4: found unexpected end of stream' },
  // lines count from the document's start; go-yaml omits `line N` for its first line.
  { name: 'in the second document', body: 'a: 1\n---\nb: c: d\n', want: 'yaml: mapping values are not allowed in this context' },
  { name: 'deeper in the second document', body: 'a: 1\n---\nx: 1\nb: c: d\n', want: 'yaml: line 2: mapping values are not allowed in this context' },
];
for (const c of broken) t(`split error: ${c.name}`, () => {
  const { error } = splitManifests(c.body);
  assert.instance(error, ManifestSyntaxError);
  assert.instance(error, BadRequestError);
  assert.is(error?.message, `error converting YAML to JSON: ${c.want}`);
});

t('split: documents before a broken one are kept', () => {
  const { documents, error } = splitManifests(`${POD}---\nbad: x: y\n---\n${POD}`);
  assert.is(documents.length, 1);
  assert.ok(error);
});


const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n'
  + '  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}\n';
const DEPLOY_HANDLED = 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal ';
const rollingUpdate = (ru: string) => `${DEPLOY}  strategy: {type: RollingUpdate, rollingUpdate: ${ru}}\n`;

const intOrStrings = [
  { name: 'percent and number', ru: '{maxSurge: 25%, maxUnavailable: 1}', want: { maxSurge: '25%', maxUnavailable: 1 } },
  { name: 'a quoted digit string stays a string (validation rejects it)', ru: '{maxSurge: "1"}', want: { maxSurge: '1' } },
  { name: 'zero', ru: '{maxUnavailable: 0}', want: { maxUnavailable: 0 } },
  { name: 'null leaves it unset', ru: '{maxSurge: null}', want: {} },
];
for (const c of intOrStrings) {
  t(`IntOrString: ${c.name}`, () => {
    const d = decodeManifest(one(rollingUpdate(c.ru))) as { spec: { strategy?: { rollingUpdate?: object } } };
    assert.equal(d.spec.strategy?.rollingUpdate, c.want);
  });
}

const intOrStringErrors = [
  { name: 'a bool', ru: '{maxSurge: true}', want: 'bool' },
  { name: 'a fraction', ru: '{maxSurge: 1.5}', want: 'number 1.5' },
  { name: 'an object', ru: '{maxSurge: {intVal: 1}}', want: 'object' },
  { name: 'an int32 overflow', ru: '{maxSurge: 3000000000}', want: 'number 3000000000' },
];
for (const c of intOrStringErrors) {
  t(`IntOrString type error: ${c.name} is unmarshalled into its int32`, () => {
    assert.is(decodeError(rollingUpdate(c.ru)).message,
      `${DEPLOY_HANDLED}${c.want} into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32`);
  });
}

t('an IntOrString error is returned at once: it wins over an earlier saved one and stops decoding', () => {
  const earlier = rollingUpdate('{maxSurge: true}').replace('spec:\n', 'spec:\n  replicas: x\n');
  assert.is(decodeError(earlier).message, `${DEPLOY_HANDLED}bool into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32`);
  const later = rollingUpdate('{maxSurge: true}').replace('image: x', 'image: 5');
  assert.is(decodeError(later).message, `${DEPLOY_HANDLED}bool into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32`);
});

t('defaulted pod fields decode; the unmodelled part of securityContext is dropped', () => {
  const yaml = `${POD}    resources: {limits: {cpu: 1, memory: 128Mi}, requests: {cpu: 250m}, claims: [{name: gpu}]}\n`
    + '    terminationMessagePath: /dev/termination-log\n    terminationMessagePolicy: File\n'
    + '  serviceAccount: default\n  schedulerName: default-scheduler\n  enableServiceLinks: true\n  priority: 0\n'
    + '  preemptionPolicy: PreemptLowerPriority\n  securityContext: {runAsUser: 1000, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n';
  const p = decodeManifest(one(yaml)) as { spec: Record<string, unknown> };
  assert.equal(p.spec, {
    containers: [{ name: 'c', image: 'busybox', resources: { limits: { cpu: '1', memory: '128Mi' }, requests: { cpu: '250m' } },
      terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' }],
    serviceAccount: 'default', schedulerName: 'default-scheduler', enableServiceLinks: true, priority: 0,
    preemptionPolicy: 'PreemptLowerPriority', securityContext: { runAsUser: 1000, runAsNonRoot: true },
  });
});

t('defaulted StatefulSet fields decode', () => {
  const yaml = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec:\n  serviceName: web\n  selector: {matchLabels: {a: b}}\n'
    + '  template: {spec: {containers: [{name: c, image: x}]}}\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 1, maxUnavailable: 1}}\n'
    + '  revisionHistoryLimit: 10\n  minReadySeconds: 5\n  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain, whenScaled: Delete}\n';
  const st = decodeManifest(one(yaml)) as { spec: Record<string, unknown> };
  assert.equal(st.spec.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { partition: 1 } });
  assert.equal([st.spec.revisionHistoryLimit, st.spec.minReadySeconds], [10, 5]);
  assert.equal(st.spec.persistentVolumeClaimRetentionPolicy, { whenDeleted: 'Retain', whenScaled: 'Delete' });
});

const newFieldErrors = [
  { name: 'unknown field in securityContext', yaml: `${POD}  securityContext: {runAsUsr: 1}\n`, want: `${HANDLED}strict decoding error: unknown field "spec.securityContext.runAsUsr"` },
  { name: 'named type of preemptionPolicy', yaml: `${POD}  preemptionPolicy: 1\n`,
    want: `${HANDLED}json: cannot unmarshal number into Go struct field PodSpec.spec.preemptionPolicy of type v1.PreemptionPolicy` },
  { name: 'int64 runAsUser', yaml: `${POD}  securityContext: {runAsUser: x}\n`,
    want: `${HANDLED}json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64` },
  { name: 'a list as limits', yaml: `${POD}    resources: {limits: [1]}\n`,
    want: `${HANDLED}json: cannot unmarshal array into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList` },
];
for (const c of newFieldErrors) t(`defaulted fields: ${c.name}`, () => assert.is(decodeError(c.yaml).message, c.want));

t.run();
