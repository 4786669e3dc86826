// Recursive-descent parser for the pcap-filter grammar (libpcap 1.10 grammar.y: expr, term, head,
// id, nid, pid), running gencode's actions in the order the LALR parser would, with qualifier
// inheritance (`host a or b`, `port 53 or 80`). Imports only its siblings. Throws FilterError.
import {
  fail, genMcode, genMcode6, genNcode, genProtoAbbrev, genScode, QERR,
  type AddrQual, type Dir, type Node, type Proto, type Qual, type Resolver,
} from './filter-gen.js';
import { Scanner, type Token } from './filter-scanner.js';

const SYNTAX = "can't parse filter expression: syntax error";
const PNAMES = new Set<string>(['ip', 'ip6', 'arp', 'rarp', 'tcp', 'udp', 'sctp', 'icmp', 'icmp6', 'igmp', 'igrp', 'pim', 'vrrp', 'carp', 'ah', 'esp']);
const AQUALS = new Set<string>(['host', 'net', 'port', 'portrange']);
/** Keywords of libpcap's grammar this filter does not implement (link layer, ATM, MTP, pf ...). */
const UNSUPPORTED = new Set<string>((
  'link atalk aarp decnet lat sca moprc mopdl iso esis isis l1 l2 iih lsp snp csnp psnp clnp stp ipx netbeui '
  + 'radio protochain type subtype dir addr1 addr2 addr3 addr4 ra ta less greater byte broadcast multicast len '
  + 'inbound outbound ifindex vlan mpls pppoed pppoes geneve lane llc metac bcc oam oamf4 oamf4ec oamf4sc sc '
  + 'ilmic vpi vci connectmsg metaconnect on rset rnr srnr reason action fisu lssu msu hfisu hlssu hmsu sio opc '
  + 'dpc sls hsio hopc hdpc hsls'
).split(' '));

interface Result { node: Node; q: Qual }

type Kw = Extract<Token, { kind: 'kw' }>;
const kw = (t: Token, ...words: string[]): t is Kw => t.kind === 'kw' && words.includes(t.text);
const isKw = (t: Token, set: ReadonlySet<string>): t is Kw => t.kind === 'kw' && set.has(t.text);
const op = (t: Token, text: string): boolean => t.kind === 'op' && t.text === text;

function unsupported(what: string): never {
  return fail(`kube-netsim does not support '${what}' in filter expressions`);
}

export class FilterParser {
  private readonly ahead: Token[] = [];
  private readonly scanner: Scanner;

  constructor(src: string, private readonly resolve: Resolver) { this.scanner = new Scanner(src); }

  /** prog: the whole expression, or undefined for an empty one (every packet matches). */
  parse(): Node | undefined {
    if (this.peek().kind === 'eof') return undefined;
    const r = this.expr(QERR);
    if (this.peek().kind !== 'eof') this.unexpected();
    return r.node;
  }

  private peek(k = 0): Token {
    while (this.ahead.length <= k) this.ahead.push(this.scanner.next());
    return this.ahead[k];
  }

  private next(): Token { const t = this.peek(); this.ahead.shift(); return t; }

  /** Consumes a keyword the caller has just peeked at, returning its text. */
  private word(): string { const t = this.next(); return t.kind === 'kw' ? t.text : this.unexpected(t); }

  /** A token no rule takes: the scanner's own error if it is one, else yacc's syntax error. */
  private unexpected(t = this.peek()): never {
    if (t.kind === 'error') fail(t.message || SYNTAX);
    if (t.kind === 'kw' && UNSUPPORTED.has(t.text)) unsupported(t.text);
    if (t.kind === 'link') unsupported(t.text);
    if (t.kind === 'op' && t.text === '[') unsupported('[');
    return fail(SYNTAX);
  }

  /** expr: term { (and|or) (term | id) }, left to right with equal precedence. */
  private expr(ctx: Qual): Result {
    let r = this.term(ctx);
    while (kw(this.peek(), 'and', 'or')) {
      const isAnd = this.word() === 'and';
      const rhs = this.startsId() ? this.id(r.q) : this.term(r.q);
      r = { node: { t: isAnd ? 'and' : 'or', a: r.node, b: rhs.node }, q: rhs.q };
    }
    return r;
  }

  /** After and/or: does an id (a bare address, number or name) follow, past `!` and `(`? */
  private startsId(): boolean {
    let k = 0;
    while (kw(this.peek(k), 'not') || op(this.peek(k), '(')) k++;
    const t = this.peek(k);
    return t.kind === 'num' || t.kind === 'hid' || t.kind === 'hid6' || t.kind === 'id' || t.kind === 'link';
  }

  /** term: not term | ( expr ) | pname | head id. */
  private term(ctx: Qual): Result {
    const t = this.peek();
    if (kw(t, 'not')) {
      this.next();
      const r = this.term(ctx);
      return { node: { t: 'not', a: r.node }, q: r.q };
    }
    if (op(t, '(')) {
      this.next();
      const r = this.expr(ctx);
      if (!op(this.peek(), ')')) this.unexpected();
      this.next();
      return { node: r.node, q: ctx };
    }
    if (isKw(t, PNAMES) || isKw(t, AQUALS) || kw(t, 'src', 'dst', 'proto', 'gateway')) return this.head();
    return this.unexpected();
  }

  /** head id (pqual dqual aqual | pqual PROTO | pqual GATEWAY), or a protocol keyword alone. */
  private head(): Result {
    let proto: Proto = 'default';
    if (isKw(this.peek(), PNAMES)) {
      proto = this.word() as Proto;
      const t = this.peek();
      if (op(t, '[')) unsupported(`${proto}[`);
      if (kw(t, 'broadcast', 'multicast')) unsupported(t.text);
      if (!isKw(t, AQUALS) && !kw(t, 'src', 'dst', 'proto', 'gateway', 'protochain')) {
        return { node: genProtoAbbrev(proto), q: QERR };
      }
    }
    const dir = this.dqual();
    let addr: AddrQual = 'default';
    const t = this.peek();
    if (isKw(t, AQUALS)) addr = this.word() as AddrQual;
    else if (dir === undefined && kw(t, 'proto', 'gateway')) addr = this.word() as AddrQual;
    else if (dir === undefined) this.unexpected();
    return this.id({ proto, dir: dir ?? 'default', addr });
  }

  /** dqual: src | dst | src or dst | dst or src | src and dst | dst and src. */
  private dqual(): Dir | undefined {
    const t = this.peek();
    if (!kw(t, 'src', 'dst')) return undefined;
    this.next();
    const other = t.text === 'src' ? 'dst' : 'src';
    const c = this.peek();
    if (!kw(c, 'and', 'or')) return t.text as Dir;
    this.next();
    if (!kw(this.peek(), other)) this.unexpected();
    this.next();
    return c.text as Dir;
  }

  /** id: nid | pnum | ( pid ); nid: ID | HID[/len | mask HID] | HID6[/len] | not id. */
  private id(q: Qual): Result {
    const t = this.next();
    switch (t.kind) {
      case 'num': return { node: genNcode(undefined, t.value, q), q };
      case 'id': return { node: genScode(t.text, q, this.resolve), q };
      case 'hid': return { node: this.hostId(t.text, q), q };
      case 'hid6': {
        if (this.peek().kind === 'error') this.unexpected();
        if (!op(this.peek(), '/')) return { node: genMcode6(t.text, 128, q), q };
        this.next();
        return { node: genMcode6(t.text, this.number(), q), q };
      }
      case 'kw':
        if (t.text === 'not') { const r = this.id(q); return { node: { t: 'not', a: r.node }, q: r.q }; }
        return this.unexpected(t);
      case 'op':
        if (t.text === '(') return this.pid(q);
        return this.unexpected(t);
      default: return this.unexpected(t);
    }
  }

  private hostId(text: string, q: Qual): Node {
    const t = this.peek();
    if (t.kind === 'error') this.unexpected(t);
    if (op(t, '/')) { this.next(); return genMcode(text, undefined, this.number(), q); }
    if (kw(t, 'mask')) {
      this.next();
      const m = this.next();
      if (m.kind !== 'hid') this.unexpected(m);
      return genMcode(text, m.text, 0, q);
    }
    if (q.addr === 'port' || q.addr === 'portrange' || q.addr === 'proto') fail(`'${q.addr}' modifier applied to ip host`);
    return genNcode(text, 0, q);
  }

  private number(): number {
    const t = this.next();
    return t.kind === 'num' ? t.value : this.unexpected(t);
  }

  /** pid: id { (and|or) id } inside parentheses, every id under the same qualifiers. */
  private pid(q: Qual): Result {
    let r = this.id(q);
    while (kw(this.peek(), 'and', 'or')) {
      const isAnd = this.word() === 'and';
      const rhs = this.id(q);
      r = { node: { t: isAnd ? 'and' : 'or', a: r.node, b: rhs.node }, q: rhs.q };
    }
    if (!op(this.peek(), ')')) this.unexpected();
    this.next();
    return r;
  }
}
