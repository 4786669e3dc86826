// The NodePort range as --service-node-port-range parses it: k8s.io/apimachinery
// pkg/util/net/port_range.go (PortRange.Set, String). Pure; imports nothing.

/** k8s utilnet.PortRange: ports base .. base+size-1. */
export interface PortRange { base: number; size: number }

/** Go strconv.Atoi: optional sign, decimal digits, fits in int64. */
function atoi(s: string): number | string {
  if (!/^[+-]?[0-9]+$/.test(s)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`;
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`;
  return n;
}

/**
 * `min-max`, `min+offset` or a single port, as PortRange.Set accepts them. Errors (returned as
 * text): Atoi failures, `unable to parse port range: V`, `the port range cannot be greater than
 * 65535: V`, `end port cannot be less than start port: V`.
 */
export function parsePortRange(text: string): PortRange | string {
  const value = text.trim();
  const hyphen = value.indexOf('-');
  const plus = value.indexOf('+');
  let low: number | string;
  let high: number | string;
  if (hyphen >= 0 && plus >= 0) return `unable to parse port range: ${value}`;
  if (hyphen >= 0) {
    low = atoi(value.slice(0, hyphen));
    high = typeof low === 'string' ? low : atoi(value.slice(hyphen + 1));
  } else if (plus >= 0) {
    low = atoi(value.slice(0, plus));
    const offset = typeof low === 'string' ? low : atoi(value.slice(plus + 1));
    high = typeof offset === 'string' ? offset : (low as number) + offset;
  } else {
    low = high = atoi(value);
  }
  if (typeof low === 'string') return low;
  if (typeof high === 'string') return high;
  if (low > 65535 || high > 65535) return `the port range cannot be greater than 65535: ${value}`;
  if (high < low) return `end port cannot be less than start port: ${value}`;
  return { base: low, size: 1 + high - low };
}

/** PortRange.String: `30000-32767`. */
export function formatPortRange(r: PortRange): string {
  return r.size === 0 ? '' : `${r.base}-${r.base + r.size - 1}`;
}
