// curl -w/--write-out (src/tool_writeout.c) for the variables scripts use most: %{http_code},
// %{remote_ip}, %{remote_port}, %{time_total}, %{size_download}, %{url_effective}, %{exitcode};
// `\n`, `\r`, `\t` and `%%` as curl reads them. Pure; imports nothing.

export interface WriteOutFacts {
  code: number;
  /** 0 when no response arrived (`000`). */
  httpCode: number;
  remoteIp?: string;
  remotePort?: number;
  totalMs: number;
  sizeDownload: number;
  url: string;
}

function variable(name: string, f: WriteOutFacts): string | undefined {
  switch (name) {
    case 'http_code': case 'response_code': return String(f.httpCode).padStart(3, '0');
    case 'remote_ip': return f.remoteIp ?? '';
    case 'remote_port': return f.remotePort !== undefined ? String(f.remotePort) : '0';
    case 'time_total': return (f.totalMs / 1000).toFixed(6);
    case 'size_download': return String(f.sizeDownload);
    case 'url_effective': return f.url;
    case 'exitcode': return String(f.code);
    default: return undefined;
  }
}

/** The -w text for one transfer; an unknown variable is left out (curl also warns about it on stderr). */
export function writeOut(format: string, f: WriteOutFacts): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && format[i + 1] === '%') { out += '%'; i++; continue; }
    if (c === '%' && format[i + 1] === '{') {
      const close = format.indexOf('}', i);
      if (close > 0) { out += variable(format.slice(i + 2, close), f) ?? ''; i = close; continue; }
    }
    if (c === '\\' && 'nrt'.includes(format[i + 1] ?? '')) {
      out += { n: '\n', r: '\r', t: '\t' }[format[i + 1] as 'n' | 'r' | 't'];
      i++;
      continue;
    }
    out += c;
  }
  return out;
}
