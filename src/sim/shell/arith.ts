// `$(( ... ))`: shell arithmetic on integers, with variables, comparisons and assignments.

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithResult = { readonly value: number } | { readonly error: string };

const TOKEN = /\s*(0x[0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%]=|[-+*/%()<>!~&|^?:=])/y;

/** Evaluates an expression whose `$` expansions have already been done. */
export function evalArith(src: string, vars: ArithVars): ArithResult {
  const toks: string[] = [];
  let at = 0;
  for (;;) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) break;
    toks.push(m[1]);
    at = TOKEN.lastIndex;
  }
  if (src.slice(at).trim() !== '') return { error: 'arithmetic syntax error' };
  if (toks.length === 0) return { value: 0 };
  let pos = 0;
  const peek = () => toks[pos];
  const take = () => toks[pos++];
  const num = (name: string) => {
    const v = (vars.get(name) ?? '').trim();
    return v === '' ? 0 : Number.parseInt(v, /^0x/i.test(v) ? 16 : 10) || 0;
  };
  const isName = (t: string | undefined) => t !== undefined && /^[A-Za-z_]/.test(t);
  class Err {
    constructor(readonly msg: string) {}
  }

  const primary = (): number => {
    const t = take();
    if (t === undefined) throw new Err('arithmetic syntax error');
    if (t === '(') {
      const v = ternary();
      if (take() !== ')') throw new Err('arithmetic syntax error');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() ? 0 : 1;
    if (t === '~') return ~primary();
    if (t === '++' || t === '--') {
      const name = take();
      if (!isName(name)) throw new Err('arithmetic syntax error');
      const v = num(name) + (t === '++' ? 1 : -1);
      vars.set(name, String(v));
      return v;
    }
    if (/^\d/.test(t)) return t.startsWith('0x') ? Number.parseInt(t, 16) : Number.parseInt(t, /^0\d/.test(t) ? 8 : 10);
    if (isName(t)) {
      const op = peek();
      if (op === '++' || op === '--') {
        pos++;
        const v = num(t);
        vars.set(t, String(v + (op === '++' ? 1 : -1)));
        return v;
      }
      if (op === '=' || (op !== undefined && /^[-+*/%]=$/.test(op))) {
        pos++;
        const rhs = ternary();
        const v = op === '=' ? rhs : binary(op[0], num(t), rhs);
        vars.set(t, String(v));
        return v;
      }
      return num(t);
    }
    throw new Err('arithmetic syntax error');
  };

  const LEVELS: readonly (readonly string[])[] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
  const level = (i: number): number => {
    if (i === LEVELS.length) return primary();
    let v = level(i + 1);
    while (peek() !== undefined && LEVELS[i].includes(peek())) {
      const op = take();
      v = binary(op, v, level(i + 1));
    }
    return v;
  };
  const ternary = (): number => {
    const c = level(0);
    if (peek() !== '?') return c;
    pos++;
    const a = ternary();
    if (take() !== ':') throw new Err('arithmetic syntax error');
    const b = ternary();
    return c ? a : b;
  };
  const binary = (op: string, a: number, b: number): number => {
    switch (op) {
      case '+': return (a + b) | 0;
      case '-': return (a - b) | 0;
      case '*': return Math.imul(a, b);
      case '/': case '%':
        if (b === 0) throw new Err('divide by zero');
        return op === '/' ? Math.trunc(a / b) : a % b;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '<': return +(a < b);
      case '<=': return +(a <= b);
      case '>': return +(a > b);
      case '>=': return +(a >= b);
      case '==': return +(a === b);
      case '!=': return +(a !== b);
      case '&': return a & b;
      case '^': return a ^ b;
      case '|': return a | b;
      case '&&': return +(!!a && !!b);
      case '||': return +(!!a || !!b);
      default: throw new Err('arithmetic syntax error');
    }
  };

  try {
    const value = ternary();
    if (pos < toks.length) return { error: 'arithmetic syntax error' };
    return { value };
  } catch (e) {
    if (e instanceof Err) return { error: e.msg };
    throw e;
  }
}
