// Bad input as a newcomer types it: kubectl's exact error text, exit 1, and nothing stored.
// Expected strings come from formats.md 4.1, kubernetes-semantics.md and kubectl's source (cited per case).
// Drives only the built dist/; must not import product sources.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { netsimIn, ok } from './cli.js';

const t = suite('e2e invalid input');
const d = new TestDaemon();
const dir = mkdtempSync(join(tmpdir(), 'nse2e-manifests-'));

t.before(async () => { await d.start(['--seed', '42']); });
t.after(async () => { await d.stop(); d.cleanup(); rmSync(dir, { recursive: true, force: true }); });

function manifest(file: string, text: string): string {
  const path = join(dir, file);
  writeFileSync(path, text);
  return path;
}

const pod = (name: string, spec: string, meta = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${meta}spec:\n${spec}`;
const BUSYBOX = '  containers:\n  - name: c\n    image: busybox:1.36\n';

interface ApplyCase { name: string; file: string; text: string; stderr: (path: string) => string; stored?: string[] }

const applyCases: ApplyCase[] = [
  {
    name: 'bad hostAliases IP', file: 'bad-alias.yaml', stored: ['pod', 'bad-alias'],
    text: pod('bad-alias', `  hostAliases:\n  - ip: "10.1.2"\n    hostnames: ["foo.remote"]\n${BUSYBOX}`),
    // spec R6.6; kubectl cmdutil.checkErr prints Invalid errors from the Status details.
    stderr: () => 'The Pod "bad-alias" is invalid: spec.hostAliases[0].ip: Invalid value: "10.1.2": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)\n',
  },
  {
    name: 'duplicate port names in one container', file: 'dup-ports.yaml', stored: ['pod', 'dup-ports'],
    text: pod('dup-ports', '  containers:\n  - name: c\n    image: nginx:1.23.2\n    ports:\n    - containerPort: 80\n      name: http\n    - containerPort: 8080\n      name: http\n'),
    stderr: () => 'The Pod "dup-ports" is invalid: spec.containers[0].ports[1].name: Duplicate value: "http"\n', // spec R11.1
  },
  {
    name: 'two causes at once', file: 'two-errors.yaml', stored: ['pod', 'two-errors'],
    text: pod('two-errors', '  hostAliases:\n  - ip: "10.1.2"\n    hostnames: ["foo.remote"]\n  containers:\n  - name: c\n    image: nginx:1.23.2\n'
      + '    ports:\n    - containerPort: 80\n      name: http\n    - containerPort: 8080\n      name: http\n'),
    // kubectl helpers.go MultilineError (prefix line keeps its trailing space); ValidatePodSpec
    // checks containers before hostAliases.
    stderr: () => 'The Pod "two-errors" is invalid: \n* spec.containers[0].ports[1].name: Duplicate value: "http"\n'
      + '* spec.hostAliases[0].ip: Invalid value: "10.1.2": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)\n',
  },
  {
    name: 'unknown kind', file: 'unknown-kind.yaml', text: 'apiVersion: v1\nkind: Frobnicator\nmetadata:\n  name: x\n',
    // kubectl resource builder (mapping error) and its `ensure CRDs are installed first` hint.
    stderr: (p) => `error: resource mapping not found for name: "x" namespace: "" from "${p}": no matches for kind "Frobnicator" in version "v1"\nensure CRDs are installed first\n`,
  },
  {
    name: 'broken YAML', file: 'broken.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [oops\n',
    // kubectl 1.32 prints exactly this for this file (resource.StreamVisitor + sigs.k8s.io/yaml).
    stderr: (p) => `error: error parsing ${p}: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'\n`,
  },
  {
    name: 'unknown field', file: 'unknown-field.yaml', stored: ['pod', 'unknown-field'],
    text: pod('unknown-field', `  foo: bar\n${BUSYBOX}`),
    // apiserver strict field validation (kubectl --validate=strict, the default), wrapped by AddSourceToErr.
    stderr: (p) => `Error from server (BadRequest): error when creating "${p}": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.foo"\n`,
  },
  {
    name: 'a value of the wrong type', file: 'wrong-type.yaml', stored: ['pod', 'wrong-type'],
    text: pod('wrong-type', '  containers:\n  - name: c\n    image: busybox:1.36\n    ports:\n    - containerPort: "eighty"\n'),
    stderr: (p) => `Error from server (BadRequest): error when creating "${p}": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32\n`,
  },
  {
    name: 'a pod in a namespace that does not exist', file: 'lost.yaml', stored: ['pod', 'lost', '-n', 'nowhere'],
    text: pod('lost', BUSYBOX, '  namespace: nowhere\n'),
    stderr: (p) => `Error from server (NotFound): error when creating "${p}": namespaces "nowhere" not found\n`,
  },
];

for (const c of applyCases) {
  t(`apply: ${c.name}`, () => {
    const path = manifest(c.file, c.text);
    assert.equal(d.netsim(['apply', '-f', path]), { stdout: '', stderr: c.stderr(path), code: 1 });
    if (!c.stored) return;
    const [kind, name, ...rest] = c.stored;
    assert.equal(d.netsim(['get', kind!, name!, ...rest]), { stdout: '', stderr: `Error from server (NotFound): ${kind}s "${name}" not found\n`, code: 1 });
  });
}

t('the namespace of the refused pod was not created either', () => {
  assert.equal(d.netsim(['get', 'ns', 'nowhere']), { stdout: '', stderr: 'Error from server (NotFound): namespaces "nowhere" not found\n', code: 1 });
});

const getCases: { name: string; args: string[]; stderr: string }[] = [
  {
    // cli-runtime NoCompatiblePrinterError; kubectl get returns it from Run (no usage hint line).
    name: 'unknown -o format', args: ['get', 'pods', '-A', '-o', 'foo'],
    stderr: 'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
  },
  { name: 'unknown resource type', args: ['get', 'foo'], stderr: 'error: the server doesn\'t have a resource type "foo"\n' },
  { name: 'a pod that does not exist', args: ['get', 'pod', 'nope'], stderr: 'Error from server (NotFound): pods "nope" not found\n' },
  // kubectl wait visits the named object first (wait.go RunWaitContext): the NotFound is returned as is.
  { name: 'wait for a pod that does not exist', args: ['wait', '--for=condition=Ready', 'pod/nope', '--timeout=2s'], stderr: 'Error from server (NotFound): pods "nope" not found\n' },
];

for (const c of getCases) {
  t(c.name, () => assert.equal(d.netsim(c.args), { stdout: '', stderr: c.stderr, code: 1 }));
}

t('run of an existing pod: AlreadyExists, and the pod is left as it was', () => {
  assert.is(ok(d, ['run', 'existing', '--image=nginx:1.23.2']), 'pod/existing created\n');
  assert.equal(d.netsim(['run', 'existing', '--image=busybox:1.36']),
    { stdout: '', stderr: 'Error from server (AlreadyExists): pods "existing" already exists\n', code: 1 });
  assert.is(ok(d, ['get', 'pod', 'existing', '-o', 'jsonpath={.spec.containers[0].image}']), 'nginx:1.23.2');
});

t('exec into a completed pod is refused by the client, as kubectl does', () => {
  ok(d, ['apply', '-f', join(ROOT, 'examples/hostaliases-pod.yaml')]);
  ok(d, ['wait', '--for=jsonpath={.status.phase}=Succeeded', 'pod/hostaliases-pod', '--timeout=30s']);
  // kubectl exec.go ExecOptions.Run: a client-side fmt.Errorf, so `error: `, not `Error from server`.
  assert.equal(netsimIn(d.home, ['exec', 'hostaliases-pod', '--', 'cat', '/etc/hosts']),
    { stdout: '', stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', code: 1 });
});

t('a daemon that is not running: one clear line naming the socket, exit 1', () => {
  const home = mkdtempSync(join(tmpdir(), 'nse2e-nodaemon-'));
  try {
    const r = netsimIn(home, ['get', 'pods']);
    assert.is(r.code, 1);
    assert.is(r.stdout, '');
    assert.is(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.ok(r.stderr.includes(`unix://${join(home, 'netsimd.sock')}`), r.stderr);
    assert.match(r.stderr, /refused|not running|is it running/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

t.run();
