/**
 * A small evaluator of Excel formulas, enough to run the product's mark formulas in tests without
 * Excel: numbers, texts, booleans, blanks and error values; + - * / & and comparisons; the
 * functions the marks use (AND OR NOT IF IFERROR ISNUMBER ISTEXT LEN TRIM CLEAN SUBSTITUTE UNICHAR
 * LEFT RIGHT MID TEXT INT ABS ROUND NA CELL("format")). Semantics follow Excel's documentation:
 * "=" on texts ignores case, a number never equals a text, errors propagate except through
 * IFERROR / ISNUMBER / ISTEXT, a conditional format applies when its formula is TRUE or a non-zero
 * number (an error does not apply it).
 *
 * Relative references move with the cell the formula is evaluated for: `evaluateAt(formula,
 * anchor, at, sheet)` reads a formula written for `anchor` as Excel reads it for `at`.
 */
import { adr, columnIndex } from "../../src/core";

export type FormulaValue = number | string | boolean | null | { error: string };

export interface FormulaSheet {
  /** The value of a cell (null for blank). */
  value(row: number, col: number): FormulaValue;
  /** The cell's number format ("General" when none). */
  format(row: number, col: number): string;
  /** Whose CELL("format") codes to give (default Excel's). */
  readonly cellFormatModel?: CellFormatModel;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; colAbs: boolean; col: number; rowAbs: boolean; row: number }
  | { t: "fn"; v: string }
  | { t: "op"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: ","; v: "," };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= text.length) throw new SyntaxError(`unclosed text in ${text}`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      tokens.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i);
    const num = /^[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)?/i.exec(rest);
    if (num) {
      tokens.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (fn) {
      tokens.push({ t: "fn", v: fn[1].toUpperCase() });
      tokens.push({ t: "(", v: "(" });
      i += fn[0].length;
      continue;
    }
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/.exec(rest);
    if (ref) {
      tokens.push({
        t: "ref",
        colAbs: ref[1] === "$",
        col: columnIndex(ref[2]),
        rowAbs: ref[3] === "$",
        row: Number(ref[4]) - 1,
      });
      i += ref[0].length;
      continue;
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      tokens.push({ t: "bool", v: bool[1].toUpperCase() === "TRUE" });
      i += bool[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      tokens.push({ t: "op", v: op[1] });
      i += op[1].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: ch, v: ch } as Token);
      i++;
      continue;
    }
    throw new SyntaxError(`cannot read "${rest.slice(0, 20)}" in ${text}`);
  }
  return tokens;
}

type Node =
  | { k: "lit"; v: FormulaValue }
  | { k: "ref"; colAbs: boolean; col: number; rowAbs: boolean; row: number }
  | { k: "call"; name: string; args: Node[] }
  | { k: "unary"; op: string; arg: Node }
  | { k: "percent"; arg: Node }
  | { k: "bin"; op: string; left: Node; right: Node };

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i !== this.tokens.length) throw new SyntaxError("trailing tokens");
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(...ops: string[]): string | null {
    const token = this.peek();
    return token?.t === "op" && ops.includes(token.v) ? token.v : null;
  }

  private comparison(): Node {
    let left = this.concat();
    for (
      let op = this.isOp("=", "<>", "<", ">", "<=", ">=");
      op;
      op = this.isOp("=", "<>", "<", ">", "<=", ">=")
    ) {
      this.i++;
      left = { k: "bin", op, left, right: this.concat() };
    }
    return left;
  }

  private concat(): Node {
    let left = this.additive();
    while (this.isOp("&")) {
      this.i++;
      left = { k: "bin", op: "&", left, right: this.additive() };
    }
    return left;
  }

  private additive(): Node {
    let left = this.multiplicative();
    for (let op = this.isOp("+", "-"); op; op = this.isOp("+", "-")) {
      this.i++;
      left = { k: "bin", op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Node {
    let left = this.power();
    for (let op = this.isOp("*", "/"); op; op = this.isOp("*", "/")) {
      this.i++;
      left = { k: "bin", op, left, right: this.power() };
    }
    return left;
  }

  private power(): Node {
    let left = this.unary();
    while (this.isOp("^")) {
      this.i++;
      left = { k: "bin", op: "^", left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    const op = this.isOp("-", "+");
    if (op) {
      this.i++;
      return { k: "unary", op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp("%")) {
      this.i++;
      node = { k: "percent", arg: node };
    }
    return node;
  }

  private primary(): Node {
    const token = this.tokens[this.i++];
    if (!token) throw new SyntaxError("unexpected end");
    switch (token.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: token.v };
      case "ref":
        return {
          k: "ref",
          colAbs: token.colAbs,
          col: token.col,
          rowAbs: token.rowAbs,
          row: token.row,
        };
      case "(": {
        const inner = this.comparison();
        if (this.tokens[this.i++]?.t !== ")") throw new SyntaxError("missing )");
        return inner;
      }
      case "fn": {
        if (this.tokens[this.i++]?.t !== "(") throw new SyntaxError("missing (");
        const args: Node[] = [];
        if (this.peek()?.t !== ")") {
          for (;;) {
            args.push(this.comparison());
            if (this.peek()?.t === ",") {
              this.i++;
              continue;
            }
            break;
          }
        }
        if (this.tokens[this.i++]?.t !== ")") throw new SyntaxError(`missing ) after ${token.v}`);
        return { k: "call", name: token.v, args };
      }
      default:
        throw new SyntaxError(`unexpected ${token.t}`);
    }
  }
}

class FormulaError {
  constructor(readonly code: string) {}
}

const VALUE = new FormulaError("#VALUE!");
const NA = new FormulaError("#N/A");

function isError(value: unknown): value is { error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

function fail(value: { error: string }): never {
  throw new FormulaError(value.error);
}

/** Text of a number as Excel's General format shows it (up to 15 significant digits). */
function generalText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

function toText(value: FormulaValue): string {
  if (isError(value)) fail(value);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return generalText(value);
  return value;
}

/** Text read as a number the way VALUE reads it in an en-US Excel. */
export function textToNumber(text: string): number {
  // Excel is lenient: "+-5", "(5)", "$5", "1,000" and "5%" all read as numbers.
  const m =
    /^\s*([+-]*)\s*(\(?)\s*\$?\s*([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:E([+-]?[0-9]+))?\s*(\)?)\s*(%?)\s*$/i.exec(
      text,
    );
  if (!m || (m[2] === "(") !== (m[5] === ")")) throw VALUE;
  let n = Number(`${m[3].replace(/,/g, "")}${m[4] ? `e${m[4]}` : ""}`);
  if ((m[1].match(/-/g) ?? []).length % 2 === 1) n = -n;
  if (m[2] === "(") n = -n;
  if (m[6] === "%") n /= 100;
  if (!Number.isFinite(n)) throw VALUE;
  return n;
}

function toNumber(value: FormulaValue): number {
  if (isError(value)) fail(value);
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  return textToNumber(value);
}

function toBoolean(value: FormulaValue): boolean {
  if (isError(value)) fail(value);
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const upper = value.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  throw VALUE;
}

function typeRank(value: FormulaValue): number {
  if (typeof value === "number") return 0;
  if (typeof value === "string") return 1;
  return 2;
}

function compare(op: string, a: FormulaValue, b: FormulaValue): boolean {
  if (isError(a)) fail(a);
  if (isError(b)) fail(b);
  let left = a;
  let right = b;
  if (left === null) left = typeof right === "string" ? "" : typeof right === "boolean" ? false : 0;
  if (right === null) right = typeof left === "string" ? "" : typeof left === "boolean" ? false : 0;
  let order: number;
  if (typeRank(left) !== typeRank(right)) order = typeRank(left) - typeRank(right);
  else if (typeof left === "string") {
    const x = left.toLowerCase();
    const y = (right as string).toLowerCase();
    order = x === y ? 0 : x < y ? -1 : 1;
  } else {
    const x = Number(left);
    const y = Number(right);
    order = x === y ? 0 : x < y ? -1 : 1;
  }
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

function roundHalfAway(n: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(n) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(n) * rounded) / factor;
}

/**
 * Whose CELL("format") to model: Excel's documented codes ("G" for General, "D1"–"D9" for dates),
 * LibreOffice's, as measured with LibreOffice 7.4: "F0" for General, "G" for custom date and time
 * formats and for "@", "D1" only for the built-in short date; or Excel for the web's, which does
 * not support it (Microsoft's CELL function page: "Excel for the web, Excel Mobile, and Excel
 * Starter do not support this value"): what it gives then is not said, so the evaluator gives
 * the error #VALUE!, which a mark formula cannot mistake for a format.
 */
export type CellFormatModel = "excel" | "libreoffice" | "excel-web";

/** What CELL("format") returns for a number format. */
export function cellFormatCode(
  format: string,
  model: Exclude<CellFormatModel, "excel-web"> = "excel",
): string {
  const code = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  const decimals = /\.(0+)/.exec(code)?.[1].length ?? 0;
  if (format === "General" || format === "") return model === "excel" ? "G" : "F0";
  if (code.includes("%")) return `P${decimals}`;
  if (/[dmyhs]/i.test(code.replace(/General/gi, ""))) {
    return model === "excel" || format === "m/d/yy" ? "D4" : "G";
  }
  if (format === "@") return model === "excel" ? "@" : "G";
  return `${code.includes(",") ? "," : "F"}${decimals}`;
}

interface Context {
  sheet: FormulaSheet;
  dRow: number;
  dCol: number;
}

function evaluate(node: Node, context: Context): FormulaValue {
  switch (node.k) {
    case "lit":
      return node.v;
    case "ref": {
      const { row, col } = resolve(node, context);
      const value = context.sheet.value(row, col);
      return value;
    }
    case "unary": {
      const n = toNumber(evaluate(node.arg, context));
      return node.op === "-" ? -n : n;
    }
    case "percent":
      return toNumber(evaluate(node.arg, context)) / 100;
    case "bin": {
      const a = evaluate(node.left, context);
      const b = evaluate(node.right, context);
      switch (node.op) {
        case "&":
          return toText(a) + toText(b);
        case "+":
          return toNumber(a) + toNumber(b);
        case "-":
          return toNumber(a) - toNumber(b);
        case "*":
          return toNumber(a) * toNumber(b);
        case "/": {
          const d = toNumber(b);
          if (d === 0) throw new FormulaError("#DIV/0!");
          return toNumber(a) / d;
        }
        case "^":
          return toNumber(a) ** toNumber(b);
        default:
          return compare(node.op, a, b);
      }
    }
    case "call":
      return call(node, context);
  }
}

function resolve(
  node: { colAbs: boolean; col: number; rowAbs: boolean; row: number },
  context: Context,
) {
  return {
    row: node.rowAbs ? node.row : node.row + context.dRow,
    col: node.colAbs ? node.col : node.col + context.dCol,
  };
}

function safe(node: Node, context: Context): FormulaValue | FormulaError {
  try {
    const value = evaluate(node, context);
    return isError(value) ? new FormulaError(value.error) : value;
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}

function call(node: { name: string; args: Node[] }, context: Context): FormulaValue {
  const args = node.args;
  const arg = (i: number): FormulaValue => {
    const value = evaluate(args[i], context);
    if (isError(value)) fail(value);
    return value;
  };
  switch (node.name) {
    case "AND":
      return args.map((_, i) => toBoolean(arg(i))).every(Boolean);
    case "OR":
      return args.map((_, i) => toBoolean(arg(i))).some(Boolean);
    case "NOT":
      return !toBoolean(arg(0));
    case "IF":
      return toBoolean(arg(0))
        ? args[1]
          ? evaluate(args[1], context)
          : true
        : args[2]
          ? evaluate(args[2], context)
          : false;
    case "IFERROR": {
      const value = safe(args[0], context);
      return value instanceof FormulaError ? evaluate(args[1], context) : value;
    }
    case "ISNUMBER":
      return typeof safe(args[0], context) === "number";
    case "ISTEXT":
      return typeof safe(args[0], context) === "string";
    case "NA":
      throw NA;
    case "LEN":
      return toText(arg(0)).length;
    case "TRIM":
      return toText(arg(0)).replace(/ +/g, " ").replace(/^ | $/g, "");
    case "CLEAN":
      return toText(arg(0)).replace(/[\u0000-\u001f]/g, "");
    case "SUBSTITUTE": {
      const text = toText(arg(0));
      const old = toText(arg(1));
      return old === "" ? text : text.split(old).join(toText(arg(2)));
    }
    case "UNICHAR":
      return String.fromCodePoint(toNumber(arg(0)));
    case "LEFT": {
      const n = args[1] ? toNumber(arg(1)) : 1;
      if (n < 0) throw VALUE;
      return toText(arg(0)).slice(0, n);
    }
    case "RIGHT": {
      const n = args[1] ? toNumber(arg(1)) : 1;
      if (n < 0) throw VALUE;
      const text = toText(arg(0));
      return n === 0 ? "" : text.slice(-n);
    }
    case "MID": {
      const start = toNumber(arg(1));
      const length = toNumber(arg(2));
      if (start < 1 || length < 0) throw VALUE;
      return toText(arg(0)).slice(start - 1, start - 1 + length);
    }
    case "TEXT": {
      const n = toNumber(arg(0));
      const format = toText(arg(1));
      if (!/^0+$/.test(format)) throw new Error(`TEXT format not modelled: ${format}`);
      const rounded = roundHalfAway(n, 0);
      const digits = String(Math.abs(rounded)).padStart(format.length, "0");
      return rounded < 0 ? `-${digits}` : digits;
    }
    case "INT":
      return Math.floor(toNumber(arg(0)));
    case "ABS":
      return Math.abs(toNumber(arg(0)));
    case "ROUND":
      return roundHalfAway(toNumber(arg(0)), toNumber(arg(1)));
    case "CELL": {
      const info = toText(arg(0)).toLowerCase();
      const target = args[1];
      if (info !== "format" || target?.k !== "ref") throw new Error(`CELL(${info}) not modelled`);
      const { row, col } = resolve(target, context);
      if (context.sheet.cellFormatModel === "excel-web") throw VALUE;
      return cellFormatCode(context.sheet.format(row, col), context.sheet.cellFormatModel);
    }
    default:
      throw new Error(`function ${node.name} is not modelled`);
  }
}

export function parseFormula(formula: string): Node {
  return new Parser(tokenize(formula.startsWith("=") ? formula.slice(1) : formula)).parse();
}

/** The formula written for `anchor`, evaluated for the cell `at`; errors come back as { error }. */
export function evaluateAt(
  formula: string,
  anchor: string,
  at: string,
  sheet: FormulaSheet,
): FormulaValue {
  const a = adr(anchor);
  const b = adr(at);
  const result = safe(parseFormula(formula), { sheet, dRow: b.row - a.row, dCol: b.col - a.col });
  return result instanceof FormulaError ? { error: result.code } : result;
}

/** True when a conditional format with this formula colours the cell `at`. */
export function conditionalFormatApplies(
  formula: string,
  anchor: string,
  at: string,
  sheet: FormulaSheet,
): boolean {
  const result = evaluateAt(formula, anchor, at, sheet);
  if (isError(result)) return false;
  if (typeof result === "boolean") return result;
  if (typeof result === "number") return result !== 0;
  return false;
}

/** A sheet from a map of A1 cells to values (and optional number formats). */
export function sheetOf(
  values: Record<string, FormulaValue>,
  formats: Record<string, string> = {},
  cellFormatModel: CellFormatModel = "excel",
): FormulaSheet {
  const byPosition = new Map<string, FormulaValue>();
  const formatByPosition = new Map<string, string>();
  for (const [a1, value] of Object.entries(values)) {
    const { row, col } = adr(a1);
    byPosition.set(`${row}:${col}`, value);
  }
  for (const [a1, format] of Object.entries(formats)) {
    const { row, col } = adr(a1);
    formatByPosition.set(`${row}:${col}`, format);
  }
  return {
    value: (row, col) => byPosition.get(`${row}:${col}`) ?? null,
    format: (row, col) => formatByPosition.get(`${row}:${col}`) ?? "General",
    cellFormatModel,
  };
}
