import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFieldError, type FieldError } from '../../daemon/domain/field-errors.js';
import type { Namespace, ObjectMeta } from '../../daemon/domain/types.js';
import { validateLabelSelector, validateNamespace, validateObjectMeta, validateObjectMetaUpdate } from '../../daemon/domain/validate-meta.js';
import { nameIsDnsSubdomain } from '../../daemon/domain/validate-names.js';

const t = suite('validate-meta');

const QNAME = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const meta = (m: Partial<ObjectMeta>): ObjectMeta => ({ name: 'x', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z', ...m });
const ns = (name: string): Namespace => ({ apiVersion: 'v1', kind: 'Namespace', metadata: meta({ name, namespace: undefined }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
const r = (errs: FieldError[]) => errs.map(renderFieldError);

const cases: { name: string; got: FieldError[]; want: string[] }[] = [
  { name: 'namespaced requires a namespace', got: validateObjectMeta(meta({ namespace: '' }), true, nameIsDnsSubdomain), want: ['metadata.namespace: Required value'] },
  { name: 'cluster-scoped forbids one', got: validateObjectMeta(meta({}), false, nameIsDnsSubdomain), want: ['metadata.namespace: Forbidden: not allowed on this type'] },
  // Label errors carry the map's path, not the key's.
  { name: 'bad label key', got: validateObjectMeta(meta({ labels: { 'a b': 'x' } }), true, nameIsDnsSubdomain), want: [`metadata.labels: Invalid value: "a b": ${QNAME}`] },
  { name: 'label value too long', got: validateObjectMeta(meta({ labels: { a: 'v'.repeat(64) } }), true, nameIsDnsSubdomain), want: [`metadata.labels: Invalid value: "${'v'.repeat(64)}": must be no more than 63 characters`] },
  // Annotation keys are checked in lower case, so upper case passes.
  { name: 'annotation key case-insensitive', got: validateObjectMeta(meta({ annotations: { 'Example.COM/Key': 'v' } }), true, nameIsDnsSubdomain), want: [] },
  { name: 'annotations too big', got: validateObjectMeta(meta({ annotations: { a: 'x'.repeat(256 * 1024) } }), true, nameIsDnsSubdomain), want: ['metadata.annotations: Too long: must have at most 262144 bytes'] },
  { name: 'namespace name is a label', got: validateNamespace(ns('team.a')), want: ['metadata.name: Invalid value: "team.a": must not contain dots'] },
  { name: 'namespace ok', got: validateNamespace(ns('team-a')), want: [] },
  { name: 'uid immutable', got: validateObjectMetaUpdate(meta({ uid: 'v' }), meta({})), want: ['metadata.uid: Invalid value: "v": field is immutable'] },
  { name: 'namespace immutable', got: validateObjectMetaUpdate(meta({ namespace: 'b' }), meta({})), want: ['metadata.namespace: Invalid value: "b": field is immutable'] },
  { name: 'selector In without values', got: validateLabelSelector({ matchExpressions: [{ key: 'app', operator: 'In' }] }, 'spec.selector'), want: ["spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"] },
  { name: 'selector Exists with values', got: validateLabelSelector({ matchExpressions: [{ key: 'app', operator: 'Exists', values: ['x'] }] }, 'spec.selector'), want: ["spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"] },
  { name: 'selector bad operator', got: validateLabelSelector({ matchExpressions: [{ key: 'app', operator: 'Has' as 'In', values: ['x'] }] }, 'spec.selector'), want: ['spec.selector.matchExpressions[0].operator: Invalid value: "Has": not a valid selector operator'] },
];
for (const c of cases) t(c.name, () => assert.equal(r(c.got), c.want));

t.run();
