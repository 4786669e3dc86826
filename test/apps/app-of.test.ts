// appOf: which app a container serves on a port, from its image and process argv, including
// `sh -c` scripts, entrypoint wrappers and ports the app does not serve.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appOf } from '../../daemon/exec/app-of.js';
import { resolveImage } from '../../daemon/images/catalog.js';

const t = suite('app-of');
const TCP = (port: number) => ({ port, protocol: 'TCP' as const });
const UDP = (port: number) => ({ port, protocol: 'UDP' as const });

const cases = [
  { name: 'nginx default command', image: 'nginx:1.23.2', argv: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], listen: TCP(80), app: { kind: 'nginx', version: '1.23.2' } },
  { name: 'nginx, by the program ContainerRun names', image: 'nginx:1.25', argv: ['/docker-entrypoint.sh'], program: 'nginx', listen: TCP(80), app: { kind: 'nginx', version: '1.25.5' } },
  { name: 'nginx serves nothing on 8080', image: 'nginx', argv: ['nginx', '-g', 'daemon off;'], listen: TCP(8080), app: undefined },
  { name: 'httpd-foreground', image: 'httpd:2.4.62', argv: ['httpd-foreground'], listen: TCP(80), app: { kind: 'httpd', version: '2.4.62' } },
  { name: 'busybox httpd -f -p 8080', image: 'busybox', argv: ['httpd', '-f', '-p', '8080'], listen: TCP(8080), app: { kind: 'busybox-httpd' } },
  { name: 'busybox httpd in sh -c', image: 'busybox', argv: ['sh', '-c', 'echo hi; httpd -f -p 0.0.0.0:8000'], listen: TCP(8000), app: { kind: 'busybox-httpd' } },
  { name: 'agnhost netexec default ports (HTTP)', image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', argv: ['/agnhost', 'netexec'], listen: TCP(8080), app: { kind: 'netexec', httpPort: 8080, udpPort: 8081 } },
  { name: 'agnhost netexec UDP port', image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', argv: ['/agnhost', 'netexec', '--http-port=9000', '--udp-port', '9001'], listen: UDP(9001), app: { kind: 'netexec', httpPort: 9000, udpPort: 9001 } },
  { name: 'agnhost netexec --udp-port=-1 has no UDP app', image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', argv: ['/agnhost', 'netexec', '--udp-port=-1'], listen: UDP(8081), app: undefined },
  { name: 'agnhost serve-hostname', image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', argv: ['/agnhost', 'serve-hostname'], listen: TCP(9376), app: { kind: 'serve-hostname' } },
  { name: 'agnhost serve-hostname --tcp --http=false', image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', argv: ['/agnhost', 'serve-hostname', '--tcp', '--http=false', '--port', '9000'], listen: TCP(9000), app: { kind: 'serve-hostname', raw: true } },
  { name: 'http-echo -text with quotes in sh -c', image: 'hashicorp/http-echo:0.2.3', argv: ['sh', '-c', 'exec /http-echo -text="hello world" -listen=:8080'], listen: TCP(8080), app: { kind: 'http-echo', text: 'hello world', version: '0.2.3' } },
  { name: 'http-echo from ECHO_TEXT', image: 'hashicorp/http-echo', argv: ['/http-echo'], env: [['ECHO_TEXT', 'from env']] as [string, string][], listen: TCP(5678), app: { kind: 'http-echo', text: 'from env', version: '1.0.0' } },
  { name: 'nc -l is a bare listener', image: 'busybox', argv: ['nc', '-lk', '-p', '8080'], listen: TCP(8080), app: undefined },
  { name: 'an unknown image serving its declared port', image: 'example/app:1', argv: [], listen: TCP(3000), app: undefined },
];
for (const c of cases) {
  t(c.name, () => {
    const run = { argv: c.argv, ...(c.program ? { program: c.program } : {}), ...(c.env ? { env: c.env } : {}) };
    assert.equal(appOf(resolveImage(c.image), run, c.listen), c.app);
  });
}

t.run();
