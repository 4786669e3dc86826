// The four cluster kinds of kubernetes storage_test.go (Service ranges 10.0.0.0/16 and
// 2000::/108 in each family order), shared by the ported apiserver tables.

// Upstream requests 10.0.0.1 / 2000::1; here .1 is the `kubernetes` Service, so rows use .100.
export const V4 = '10.0.0.100';
export const V6 = '2000::100';
const NET = 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n';
export const CLUSTERS = {
  'singlestack:v4': `${NET}  ipFamily: ipv4\n  serviceSubnet: "10.0.0.0/16"\n`,
  'singlestack:v6': `${NET}  ipFamily: ipv6\n  serviceSubnet: "2000::/108"\n`,
  'dualstack:v4v6': `${NET}  podSubnet: "10.244.0.0/16,fd00:10:244::/56"\n  serviceSubnet: "10.0.0.0/16,2000::/108"\n`,
  'dualstack:v6v4': `${NET}  podSubnet: "fd00:10:244::/56,10.244.0.0/16"\n  serviceSubnet: "2000::/108,10.0.0.0/16"\n`,
} as const;
export type Kind = keyof typeof CLUSTERS;
