import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, defaultClusterConfig, parseClusterConfig } from '../../daemon/config/config.js';
import { compareWithStored, parseStoredConfig, serializeStoredConfig } from '../../daemon/config/stored.js';

const t = suite('stored cluster config');

const configs = [
  { name: 'defaults', yaml: '' },
  { name: 'single-stack IPv6 (no IPv4 mask written back)', yaml: 'networking:\n  ipFamily: ipv6\n  nodeCIDRMaskSizeIPv6: 72\n' },
  { name: 'single-stack IPv4', yaml: 'networking:\n  ipFamily: ipv4\n  nodeCIDRMaskSizeIPv4: 26\n' },
  { name: 'IPv6 primary', yaml: 'networking:\n  podSubnet: "fd00:10:244::/56,10.244.0.0/16"\n' },
  { name: 'everything set', yaml: `networking:
  serviceSubnet: "10.1.0.0/16,fd12:b5e0:383f::/112"
  dnsDomain: example.org
  kubeProxyMode: ipvs
  cniMode: overlay-l2
  nodePortRange: 31000-31009
  loadBalancerPools: []
dns:
  ttl: 5
  externalHosts: {"z.com": ["192.0.2.1"], "a.com": ["2001:db8::1"]}
nodes: [{role: control-plane}, {role: control-plane}, {role: worker}]
` },
];
for (const c of configs) {
  t(`round trip: ${c.name}`, () => {
    const cfg = parseClusterConfig(c.yaml, 'c.yaml');
    const text = serializeStoredConfig(cfg);
    assert.equal(parseStoredConfig(text, 'stored'), cfg);
    assert.is(serializeStoredConfig(parseStoredConfig(text, 'stored')), text);
  });
}

t('serialisation of the defaults is stable (golden)', () => {
  const got = serializeStoredConfig(defaultClusterConfig()) + '\n';
  const golden = new URL('../golden/config/stored-default.golden', import.meta.url).pathname;
  if (process.env.UPDATE_GOLDEN) { mkdirSync(dirname(golden), { recursive: true }); writeFileSync(golden, got); }
  assert.fixture(got, readFileSync(golden, 'utf8'));
});

t('unreadable stored values', () => {
  const cases = [
    { text: '{', want: /unreadable stored config/ },
    { text: '{"version":2,"config":{}}', want: /unsupported stored config version 2/ },
    { text: '{"version":1,"config":{"networking":{"podSubnet":"x"}}}', want: /networking\.podSubnet: invalid CIDR address: x/ },
  ];
  for (const c of cases) {
    assert.throws(() => parseStoredConfig(c.text, 'stored'), (e: unknown) => e instanceof ConfigError && c.want.test((e as Error).message));
  }
});

const HOME = '/home/u/.netsim';
const compare = [
  { name: 'same config', requested: '', want: undefined },
  { name: 'same config written differently', requested: 'networking:\n  podSubnet: "10.244.9.9/16,FD00:10:244::/56"\n', want: undefined },
  { name: 'one field differs', requested: 'networking:\n  kubeProxyMode: ipvs\n',
    want: `the cluster in ${HOME} was created with networking.kubeProxyMode "iptables"; --config asks for "ipvs": start with --reset to discard the cluster, or use another --home` },
  { name: 'several fields differ', requested: 'networking:\n  podSubnet: 10.1.0.0/16\n',
    want: `the cluster in ${HOME} was created with networking.ipFamily "dual", networking.podSubnet "10.244.0.0/16,fd00:10:244::/56", networking.serviceSubnet "10.96.0.0/16,fd00:10:96::/112", networking.nodeSubnet "172.18.0.0/16,fc00:f853:ccd:e793::/64", networking.loadBalancerPools ["172.18.255.200-172.18.255.250","fc00:f853:ccd:e793:ffff::/112"]; --config asks for networking.ipFamily "ipv4", networking.podSubnet "10.1.0.0/16", networking.serviceSubnet "10.96.0.0/16", networking.nodeSubnet "172.18.0.0/16", networking.loadBalancerPools ["172.18.255.200-172.18.255.250"]: start with --reset to discard the cluster, or use another --home` },
  { name: 'nodes differ', requested: 'nodes: [{role: control-plane}]\n',
    want: `the cluster in ${HOME} was created with nodes ["control-plane","worker","worker"]; --config asks for ["control-plane"]: start with --reset to discard the cluster, or use another --home` },
  { name: 'external hosts differ', requested: 'dns:\n  externalHosts: {"google.com": ["172.217.168.206"]}\n',
    want: `the cluster in ${HOME} was created with dns.externalHosts {}; --config asks for {"google.com":["172.217.168.206"]}: start with --reset to discard the cluster, or use another --home` },
];
for (const c of compare) {
  t(`compare: ${c.name}`, () => {
    const stored = parseStoredConfig(serializeStoredConfig(defaultClusterConfig()), 'stored');
    assert.is(compareWithStored(stored, parseClusterConfig(c.requested, 'c.yaml'), HOME), c.want);
  });
}

t.run();
