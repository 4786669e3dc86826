// The files nginx's official image serves from /usr/share/nginx/html: the welcome page of each
// nginx release line (nginx/nginx docs/html/index.html) and its mtime, the package build time.
// Pure data; imports nothing.

// Before 1.21.2 (612 bytes).
const WELCOME_612 = [
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Welcome to nginx!</title>',
  '<style>',
  '    body {',
  '        width: 35em;',
  '        margin: 0 auto;',
  '        font-family: Tahoma, Verdana, Arial, sans-serif;',
  '    }',
  '</style>',
  '</head>',
  '<body>',
  '<h1>Welcome to nginx!</h1>',
  '<p>If you see this page, the nginx web server is successfully installed and',
  'working. Further configuration is required.</p>',
  '',
  '<p>For online documentation and support please refer to',
  '<a href="http://nginx.org/">nginx.org</a>.<br/>',
  'Commercial support is available at',
  '<a href="http://nginx.com/">nginx.com</a>.</p>',
  '',
  '<p><em>Thank you for using nginx.</em></p>',
  '</body>',
  '</html>',
];

// 1.21.2 to 1.29.5: `color-scheme` dark mode support (615 bytes).
const WELCOME_615 = [
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Welcome to nginx!</title>',
  '<style>',
  'html { color-scheme: light dark; }',
  'body { width: 35em; margin: 0 auto;',
  'font-family: Tahoma, Verdana, Arial, sans-serif; }',
  '</style>',
  '</head>',
  '<body>',
  '<h1>Welcome to nginx!</h1>',
  '<p>If you see this page, the nginx web server is successfully installed and',
  'working. Further configuration is required.</p>',
  '',
  '<p>For online documentation and support please refer to',
  '<a href="http://nginx.org/">nginx.org</a>.<br/>',
  'Commercial support is available at',
  '<a href="http://nginx.com/">nginx.com</a>.</p>',
  '',
  '<p><em>Thank you for using nginx.</em></p>',
  '</body>',
  '</html>',
];

// From 1.29.6 (896 bytes; two lines keep their trailing space).
const WELCOME_896 = [
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Welcome to nginx!</title>',
  '<style>',
  'html { color-scheme: light dark; }',
  'body { width: 35em; margin: 0 auto;',
  'font-family: Tahoma, Verdana, Arial, sans-serif; }',
  '</style>',
  '</head>',
  '<body>',
  '<h1>Welcome to nginx!</h1>',
  '<p>If you see this page, nginx is successfully installed and working.',
  'Further configuration is required for the web server, reverse proxy, ',
  'API gateway, load balancer, content cache, or other features.</p>',
  '',
  '<p>For online documentation and support please refer to',
  '<a href="https://nginx.org/">nginx.org</a>.<br/>',
  'To engage with the community please visit',
  '<a href="https://community.nginx.org/">community.nginx.org</a>.<br/>',
  'For enterprise grade support, professional services, additional ',
  'security features and capabilities please refer to',
  '<a href="https://f5.com/nginx">f5.com/nginx</a>.</p>',
  '',
  '<p><em>Thank you for using nginx.</em></p>',
  '</body>',
  '</html>',
];

const joinLines = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join('');

const atLeast = (version: string, minor: number, patch: number): boolean => {
  const [a, b, c] = version.split('.').map(Number);
  return a > 1 || (a === 1 && (b > minor || (b === minor && (c || 0) >= patch)));
};

/** The welcome page (index.html) nginx `version` ships. */
export function nginxWelcomePage(version: string): string {
  if (atLeast(version, 29, 6)) return joinLines(WELCOME_896);
  return joinLines(atLeast(version, 21, 2) ? WELCOME_615 : WELCOME_612);
}

/**
 * index.html's mtime in the image, in Unix seconds (nginx sends it as Last-Modified and in the
 * ETag). Values marked `observed` come from `curl -I` against the official Debian-based image;
 * the others are the release tag's commit time, which the observed ones match within minutes.
 */
const INDEX_MTIME: Readonly<Record<string, number>> = {
  '1.19.0': 1590505220,
  '1.19.1': 1594137365,
  '1.19.2': 1597157550,
  '1.19.3': 1601389930,
  '1.19.4': 1603811360,
  '1.19.5': 1606230394,
  '1.19.6': 1608043299,
  '1.19.7': 1613491038,
  '1.19.8': 1615303670,
  '1.19.9': 1617115631,
  '1.19.10': 1618326838,
  '1.20.0': 1618925746,
  '1.20.1': 1621946138,
  '1.20.2': 1637073842,
  '1.21.0': 1621945735,
  '1.21.1': 1625583556,
  '1.21.2': 1630422826,
  '1.21.3': 1631028062,
  '1.21.4': 1635864562,
  '1.21.5': 1640705317,
  '1.21.6': 1643123032, // observed
  '1.22.0': 1653350358,
  '1.22.1': 1666166540,
  '1.23.0': 1655821537, // observed
  '1.23.1': 1658239527, // observed
  '1.23.2': 1666166181, // observed
  '1.23.3': 1670946833, // observed
  '1.23.4': 1680015714, // observed
  '1.24.0': 1681177534,
  '1.25.0': 1684854499,
  '1.25.1': 1686668889,
  '1.25.2': 1692118984,
  '1.25.3': 1698166130, // observed
  '1.25.4': 1707911746,
  '1.25.5': 1713277799, // observed
  '1.26.0': 1713879608,
  '1.26.1': 1716902814,
  '1.26.2': 1723472745,
  '1.26.3': 1738773647,
  '1.27.0': 1716902550, // observed
  '1.27.1': 1723472461, // observed
  '1.27.2': 1727881999,
  '1.27.3': 1732636500, // observed
  '1.27.4': 1738772022,
  '1.27.5': 1744804871,
  '1.28.0': 1745408934,
  '1.28.1': 1766515233,
  '1.28.2': 1770225743,
  '1.28.3': 1774377203,
  '1.29.0': 1750785761,
  '1.29.1': 1755095621,
  '1.29.2': 1759856647,
  '1.29.3': 1761653110,
  '1.29.4': 1765304890,
  '1.29.5': 1770217940,
  '1.29.6': 1773156547,
  '1.29.7': 1774366714,
  '1.29.8': 1775561832,
  '1.30.0': 1776172211,
  '1.30.1': 1778692855,
  '1.30.2': 1779462448,
  '1.30.3': 1781709333,
  '1.30.4': 1784136038,
  '1.31.0': 1778692787,
  '1.31.1': 1779462127,
  '1.31.2': 1781707235,
  '1.31.3': 1784131394,
  '1.31.4': 1786478857,
};

/** index.html's mtime for `version`; an unlisted version takes the newest listed release before it. */
export function nginxIndexMtime(version: string): number {
  if (INDEX_MTIME[version] !== undefined) return INDEX_MTIME[version];
  const key = (v: string) => v.split('.').map((n) => Number(n) || 0).reduce((acc, n) => acc * 1000 + n, 0);
  const want = key(version);
  let best = INDEX_MTIME['1.19.0'];
  let bestKey = -1;
  for (const [v, t] of Object.entries(INDEX_MTIME)) {
    const k = key(v);
    if (k <= want && k > bestKey) { best = t; bestKey = k; }
  }
  return best;
}
