import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  isDns1123Label, isDns1123Subdomain, isEnvVarName, isQualifiedName, isValidLabelValue, isValidPortName,
  nameIsDnsSubdomain, parseCidrSloppy, parseIpSloppy,
} from '../../daemon/domain/validate-names.js';

const t = suite('validate-names');

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const QNAME_REGEX = "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const cases: { name: string; got: string[]; want: string[] }[] = [
  { name: 'label ok', got: isDns1123Label('web-0'), want: [] },
  // Go appends "'x', " per example and joins with " or ": the double space is upstream's.
  { name: 'label upper case', got: isDns1123Label('Web'), want: [LABEL_MSG] },
  { name: 'label with dots is a subdomain', got: isDns1123Label('a.b'), want: ['must not contain dots'] },
  { name: 'label too long', got: isDns1123Label('a'.repeat(64)), want: ['must be no more than 63 characters'] },
  { name: 'subdomain ok', got: isDns1123Subdomain('foo.local'), want: [] },
  { name: 'subdomain trailing dash', got: isDns1123Subdomain('foo-'), want: [SUBDOMAIN_MSG] },
  { name: 'subdomain too long and bad', got: isDns1123Subdomain(`${'a'.repeat(253)}-`), want: ['must be no more than 253 characters', SUBDOMAIN_MSG] },
  { name: 'qualified name with prefix', got: isQualifiedName('app.kubernetes.io/name'), want: [] },
  { name: 'qualified name empty prefix', got: isQualifiedName('/name'), want: ['prefix part must be non-empty'] },
  { name: 'qualified name bad prefix', got: isQualifiedName('Foo/name'), want: [`prefix part ${SUBDOMAIN_MSG}`] },
  { name: 'qualified name empty', got: isQualifiedName(''), want: ['name part must be non-empty', `name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character ${QNAME_REGEX}`] },
  { name: 'qualified name two slashes', got: isQualifiedName('a/b/c'), want: [`a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character ${QNAME_REGEX} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`] },
  { name: 'label value empty is fine', got: isValidLabelValue(''), want: [] },
  { name: 'label value with space', got: isValidLabelValue('a b'), want: ["a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"] },
  { name: 'port name ok', got: isValidPortName('http-alt'), want: [] },
  { name: 'port name digits only', got: isValidPortName('8080'), want: ['must contain at least one letter (a-z)'] },
  { name: 'port name long, double dash, leading dash', got: isValidPortName('-a--bcdefghijklmn'), want: ['must be no more than 15 characters', 'must not contain consecutive hyphens', 'must not begin or end with a hyphen'] },
  { name: 'env name starting with a digit', got: isEnvVarName('1X'), want: ["a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"] },
  { name: 'env name ..x', got: isEnvVarName('..x'), want: ["must not start with '..'"] },
  // generateName may end in '-' (maskTrailingDash).
  { name: 'generateName prefix', got: nameIsDnsSubdomain('web-', true), want: [] },
  { name: 'name ending in dash', got: nameIsDnsSubdomain('web-', false), want: [SUBDOMAIN_MSG] },
];
for (const c of cases) t(c.name, () => assert.equal(c.got, c.want));

const ips: { name: string; s: string; family?: string }[] = [
  { name: 'v4', s: '10.244.1.5', family: 'IPv4' },
  { name: 'v4 leading zeros are decimal (sloppy)', s: '010.001.002.003', family: 'IPv4' },
  { name: 'v4 octet too big', s: '10.0.0.256' },
  { name: 'v4 short form', s: '10.1' },            // ipaddr.js would accept it; Go does not
  { name: 'v4 hex', s: '0x0a.0.0.1' },
  { name: 'v6', s: 'fd00:10:244:1::5', family: 'IPv6' },
  { name: 'v6 mapped v4', s: '::ffff:10.0.0.1', family: 'IPv6' },
  { name: 'v6 with zone', s: 'fe80::1%eth0' },
  { name: 'name', s: 'foo' },
];
for (const c of ips) t(`ip ${c.name}`, () => assert.is(parseIpSloppy(c.s)?.family, c.family));

t('cidrs', () => {
  assert.equal(parseCidrSloppy('10.244.1.0/24'), { family: 'IPv4', bits: 24 });
  assert.equal(parseCidrSloppy('10.244.1.7/24'), { family: 'IPv4', bits: 24 }); // host bits allowed
  assert.equal(parseCidrSloppy('fd00:10:244::/64'), { family: 'IPv6', bits: 64 });
  assert.is(parseCidrSloppy('10.0.0.0/33'), undefined);
  assert.is(parseCidrSloppy('10.0.0.0'), undefined);
});

t.run();
