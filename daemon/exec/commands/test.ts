// test / [ expressions (XCU test): string, integer and file operators, ! and -a/-o. Pure.

type FileExists = (path: string) => boolean;

const INT_OPS: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '-eq': (a, b) => a === b, '-ne': (a, b) => a !== b, '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b, '-gt': (a, b) => a > b, '-ge': (a, b) => a >= b,
};

function unary(op: string, arg: string, exists: FileExists): boolean | string {
  switch (op) {
    case '-z': return arg.length === 0;
    case '-n': return arg.length > 0;
    case '-e': case '-f': case '-r': case '-s': return exists(arg);
    case '-d': return arg === '/' || ['/etc', '/tmp', '/bin', '/usr', '/var', '/dev', '/proc'].includes(arg);
    case '-x': return false;
    default: return `${op}: unary operator expected`;
  }
}

function binary(a: string, op: string, b: string): boolean | string {
  if (op === '=' || op === '==') return a === b;
  if (op === '!=') return a !== b;
  const f = INT_OPS[op];
  if (!f) return `${op}: binary operator expected`;
  if (!/^-?\d+$/.test(a.trim())) return `${a}: integer expression expected`;
  if (!/^-?\d+$/.test(b.trim())) return `${b}: integer expression expected`;
  return f(Number(a), Number(b));
}

/** The truth of a test expression, or an error message (the shell prints it, status 2). */
export function evaluateTest(args: readonly string[], exists: FileExists): boolean | string {
  const or = args.indexOf('-o');
  if (or > 0) return either(evaluateTest(args.slice(0, or), exists), evaluateTest(args.slice(or + 1), exists), (x, y) => x || y);
  const and = args.indexOf('-a');
  if (and > 0) return either(evaluateTest(args.slice(0, and), exists), evaluateTest(args.slice(and + 1), exists), (x, y) => x && y);
  if (args[0] === '!' && args.length > 1) { const r = evaluateTest(args.slice(1), exists); return typeof r === 'string' ? r : !r; }
  switch (args.length) {
    case 0: return false;
    case 1: return args[0].length > 0;
    case 2: return unary(args[0], args[1], exists);
    case 3: return binary(args[0], args[1], args[2]);
    default: return 'too many arguments';
  }
}

function either(a: boolean | string, b: boolean | string, f: (x: boolean, y: boolean) => boolean): boolean | string {
  if (typeof a === 'string') return a;
  if (typeof b === 'string') return b;
  return f(a, b);
}
