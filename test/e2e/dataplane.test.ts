// The dataplane as a user meets it through the built CLI: curl to nginx through a ClusterIP
// (both families) and a pod IPv6, curl's refusal for a Service without endpoints, tcpdump on a
// pod (netsim tcpdump and tcpdump inside the pod) during traffic, pcapng read back by tshark
// with good checksums, a traced packet through a Service, and port-forward for the host's HTTP.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, TestDaemon } from '../support/daemon.js';
import { requireTool } from '../support/tools.js';
import { ok, podIPs } from './cli.js';

const t = suite('e2e dataplane');
const d = new TestDaemon();
const scratch = mkdtempSync(join(tmpdir(), 'nse2e-dp-'));
let vip = '', vip6 = '';

t.before(async () => {
  await d.start(['--seed', '11']);
  ok(d, ['create', 'deployment', 'nginx', '--image=nginx:1.23.2', '--replicas=2']);
  ok(d, ['apply', '-f', '-'], 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  ipFamilyPolicy: PreferDualStack\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n');
  ok(d, ['run', 'client', '--image=nicolaka/netshoot', '--', 'sleep', 'infinity']);
  ok(d, ['run', 'target', '--image=nicolaka/netshoot', '--', 'sleep', 'infinity']);
  [vip, vip6] = ok(d, ['get', 'svc', 'nginx', '-o', 'jsonpath={.spec.clusterIPs[*]}']).split(' ');
});
t.after(async () => { await d.stop(); d.cleanup(); rmSync(scratch, { recursive: true, force: true }); });

/** Starts `netsim ARGS` and resolves once its stderr shows `ready` (tcpdump's banner: the capture is attached). */
interface Started { child: ChildProcess; done: Promise<{ stdout: string; stderr: string; code: number }>; stdout(): string }

function startUntil(args: string[], ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [CLI, '--home', d.home, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  const done = new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 })));
  const started: Started = { child, done, stdout: () => stdout };
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b) => { stdout += b; if (ready.test(stdout)) resolve(started); });
    child.stderr!.on('data', (b) => { stderr += b; if (ready.test(stderr)) resolve(started); });
    child.on('close', () => reject(new Error(`netsim ${args.join(' ')} ended early: ${stderr}`)));
  });
}

t('curl reaches nginx through both ClusterIPs and straight at a pod IPv6', () => {
  assert.ok(vip && vip6, `ClusterIPs ${vip} ${vip6}`);
  for (const url of [`http://${vip}/`, `http://[${vip6}]/`, `http://[${podIPs(d, ok(d, ['get', 'pods', '-l', 'app=nginx', '-o', 'jsonpath={.items[0].metadata.name}']))[1]}]/`]) {
    const r = d.netsim(['exec', 'client', '--', 'curl', '-s', url]);
    assert.is(r.code, 0, `${url}: ${r.stderr}`);
    assert.match(r.stdout, /<title>Welcome to nginx!<\/title>/, url);
  }
});

t('ping across nodes by IPv4 and IPv6 in iputils format, TTL 62 (routed); a node pings a pod', () => {
  const [v4, v6] = podIPs(d, 'target');
  const client = d.netsim(['get', 'pod', 'client', '-o', 'jsonpath={.spec.nodeName}']).stdout;
  const target = d.netsim(['get', 'pod', 'target', '-o', 'jsonpath={.spec.nodeName}']).stdout;
  const ttl = client === target ? 63 : 62;
  const r4 = d.netsim(['exec', 'client', '--', 'ping', '-c', '3', v4]);
  assert.is(r4.code, 0, r4.stderr);
  assert.match(r4.stdout, new RegExp(`^PING ${v4} \\(${v4}\\) 56\\(84\\) bytes of data\\.\n(64 bytes from ${v4}: icmp_seq=[123] ttl=${ttl} time=0\\.\\d{3} ms\n){3}\n--- ${v4} ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 20\\d\\dms\nrtt min/avg/max/mdev = [\\d./]+ ms\n$`));
  const r6 = d.netsim(['exec', 'client', '--', 'ping', '-c', '2', v6]);
  assert.match(r6.stdout, new RegExp(`^PING ${v6}\\(${v6}\\) 56 data bytes\n64 bytes from ${v6}: icmp_seq=1 ttl=${ttl} time=`));
  const n = d.netsim(['exec', `node/${client}`, '--', 'ping', '-c', '1', v4]);
  assert.match(n.stdout, new RegExp(`icmp_seq=1 ttl=${client === target ? 64 : 63} `));
  assert.is(n.code, 0);
});

t('unreachable and silent destinations: +N errors and exit 1; traceroute shows the node hops', () => {
  const [v4] = podIPs(d, 'target');
  const free = v4.replace(/\.\d+$/, '.200');
  const u = d.netsim(['exec', 'client', '--', 'ping', '-c', '3', free]);
  assert.is(u.code, 1);
  assert.match(u.stdout, /From \S+ icmp_seq=1 Destination Host Unreachable\n/);
  assert.match(u.stdout, /3 packets transmitted, 0 received, \+3 errors, 100% packet loss, time \d+ms\npipe 3\n$/);
  const lost = d.netsim(['exec', 'client', '--', 'ping', '-c', '2', '8.8.8.8']);
  assert.is(lost.code, 1);
  assert.match(lost.stdout, /2 packets transmitted, 0 received, 100% packet loss, time \d+ms\n\n$/);
  const tr = d.netsim(['exec', 'client', '--', 'traceroute', '-n', v4]);
  assert.is(tr.code, 0, tr.stderr);
  assert.match(tr.stdout, new RegExp(`^traceroute to ${v4} \\(${v4}\\), 30 hops max, \\d+ byte packets\n 1  10\\.244\\.\\d+\\.1 `));
  assert.match(tr.stdout, new RegExp(` ${v4.replace(/\./g, '\\.')}  [\\d.]+ ms  [\\d.]+ ms  [\\d.]+ ms\n$`));
});

t('tcpdump -i eth0 icmp inside the target pod shows the echo requests and replies of a ping', async () => {
  const [v4] = podIPs(d, 'target');
  const client = podIPs(d, 'client')[0];
  const cap = await startUntil(['exec', 'target', '--', 'tcpdump', '-i', 'eth0', '-c', '4', '-n', 'icmp'], /listening on eth0/);
  ok(d, ['exec', 'client', '--', 'ping', '-c', '2', v4]);
  const out = await cap.done;
  assert.is(out.code, 0, out.stderr);
  const lines = out.stdout.trim().split('\n').map((l) => l.replace(/^\d\d:\d\d:\d\d\.\d{6} /, ''));
  const id = /id (\d+)/.exec(lines[0])?.[1];
  assert.equal(lines, [
    `IP ${client} > ${v4}: ICMP echo request, id ${id}, seq 1, length 64`,
    `IP ${v4} > ${client}: ICMP echo reply, id ${id}, seq 1, length 64`,
    `IP ${client} > ${v4}: ICMP echo request, id ${id}, seq 2, length 64`,
    `IP ${v4} > ${client}: ICMP echo reply, id ${id}, seq 2, length 64`,
  ]);
  assert.match(out.stderr, /4 packets captured\n/);
});

t('a Service without endpoints refuses at once with curl 7.88\'s words', () => {
  ok(d, ['apply', '-f', '-'], 'apiVersion: v1\nkind: Service\nmetadata:\n  name: empty\nspec:\n  selector:\n    app: nobody\n  ports:\n  - port: 80\n');
  const ip = ok(d, ['get', 'svc', 'empty', '-o', 'jsonpath={.spec.clusterIP}']);
  const r = d.netsim(['exec', 'client', '--', 'curl', '-sS', `http://${ip}/`]);
  assert.equal(r, { stdout: '', stderr: `curl: (7) Failed to connect to ${ip} port 80 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n`, code: 7 });
});

t('netsim tcpdump on the target pod shows a curl\'s handshake, request, reply and close', async () => {
  const target = podIPs(d, 'target')[0];
  const cap = await startUntil(['tcpdump', '-i', 'pod/target', '-c', '10', '-n', 'tcp'], /listening on eth0/);
  const r = d.netsim(['exec', 'client', '--', 'curl', '-s', `http://${target}:8080/`]);
  assert.is(r.code, 7, 'nothing listens on the target: refused');
  ok(d, ['exec', 'client', '--', 'curl', '-s', `http://${vip}/`]);
  cap.child.kill('SIGINT');
  const out = await cap.done;
  const lines = out.stdout.trim().split('\n');
  assert.match(lines[0], new RegExp(`^\\d\\d:\\d\\d:\\d\\d\\.\\d{6} IP ${podIPs(d, 'client')[0].replace(/\./g, '\\.')}\\.\\d+ > ${target.replace(/\./g, '\\.')}\\.8080: Flags \\[S\\], seq \\d+, win 64240, length 0$`));
  assert.match(lines[1], /: Flags \[R\.\], seq 0, ack \d+, win 0, length 0$/);
  assert.is(lines.length, 2, 'the Service traffic went to nginx, not through the target');
  assert.match(out.stderr, /^tcpdump: verbose output suppressed, use -v\[v\]\.\.\. for full protocol decode\nlistening on eth0, link-type EN10MB \(Ethernet\), snapshot length 262144 bytes\n/);
});

const haveTshark = requireTool('tshark', 'apt-get install -y tshark');
(haveTshark ? t : t.skip)('tcpdump -w writes pcapng that tshark decodes with every checksum good', async () => {
  const file = join(scratch, 'curl.pcapng');
  const cap = await startUntil(['tcpdump', '-i', 'pod/client', '-c', '10', '-w', file], /listening on eth0/);
  ok(d, ['exec', 'client', '--', 'curl', '-s', `http://[${vip6}]/`]);
  const out = await cap.done;
  assert.is(out.code, 0, out.stderr);
  const ts = spawnSync('tshark', ['-r', file, '-V', '-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE'], { encoding: 'utf8' });
  assert.is(ts.status, 0, ts.stderr);
  const good = ts.stdout.match(/\[Checksum Status: Good\]/g)?.length ?? 0;
  assert.not.match(ts.stdout, /Checksum Status: Bad/);
  assert.ok(good >= 10, `${good} good checksums`);
  assert.match(ts.stdout, /Interface name: eth0/);
  assert.match(ts.stdout, /Hypertext Transfer Protocol/);
  assert.match(ts.stdout, /Packet comments\n\s+FORWARD by pod\/default\/client via ::\/0 via fd00:10:244:\S+ dev eth0 to node\/netsim-worker2?\n/);
  assert.match(ts.stdout, /Packet comments\n\s+FORWARD by node\/\S+ via \S+ dev \S+ to pod\/default\/client; reverse NAT: from \[fd00:10:96::[0-9a-f]+\]:80 to /);
  const named = spawnSync('tshark', ['-r', file, '-N', 'n'], { encoding: 'utf8' });
  assert.match(named.stdout, /client\.default → nginx\.default\.svc\.cluster\.local /);
});

t('netsim trace through a Service names the endpoint chosen and the conntrack state', () => {
  const r = ok(d, ['trace', 'client', '--to', vip, '--proto', 'tcp', '--port', '80']);
  assert.match(r, new RegExp(`step 2: DNAT ${vip.replace(/\./g, '\\.')}:80 -> 10\\.244\\.\\d+\\.\\d+:80 \\(default/nginx, new flow\\)`));
  assert.match(r, /verdict: DELIVERED\n$/);
});

t('port-forward svc/nginx serves the host\'s HTTP client on 127.0.0.1, and Ctrl-C ends it', async () => {
  const pf = await startUntil(['port-forward', 'svc/nginx', '0:80'], /Forwarding from 127\.0\.0\.1:\d+ -> 80\n/);
  const m = /Forwarding from 127\.0\.0\.1:(\d+) -> 80/.exec(pf.stdout());
  assert.ok(m);
  const body = await get(`http://127.0.0.1:${m![1]}/`);
  assert.match(body, /<title>Welcome to nginx!<\/title>/);
  pf.child.kill('SIGINT');
  const end = await pf.done;
  assert.is(end.code, 0, end.stderr);
  assert.match(end.stdout, /Handling connection for \d+\n/);
});

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, (res) => { let s = ''; res.on('data', (b) => { s += b; }); res.on('end', () => resolve(s)); }).on('error', reject).end();
  });
}

t.run();
