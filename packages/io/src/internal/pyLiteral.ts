/**
 * The Python literals a `.npy` header may contain, as numpy's `_read_array_header` accepts them
 * through `ast.literal_eval`, restricted to what a header of a supported array holds: a dict of
 * string keys, whose values are strings, `True`/`False`, or tuples of non-negative integers
 * (Python 2 writers add an `L` to each). Lists (structured dtypes) are parsed so that they can
 * be refused by name. Hand-written because no maintained JavaScript library parses Python
 * literals, and neither `eval` nor regular expressions can refuse everything else safely.
 */
export type PyValue = string | boolean | number | PyValue[] | { tuple: PyValue[] } | PyDict;
export type PyDict = Map<string, PyValue>;

/**
 * Parses `text` as one dict literal followed only by whitespace. Returns an error phrase
 * (what was wrong, where) instead of throwing, so the caller words the message.
 */
export function parsePyDict(text: string): PyDict | string {
  try {
    return new Parser(text).dict();
  } catch (error) {
    if (error instanceof SyntaxProblem) return error.message;
    throw error;
  }
}

class SyntaxProblem extends Error {}

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  dict(): PyDict {
    this.ws();
    this.expect('{');
    const dict: PyDict = new Map();
    for (;;) {
      this.ws();
      if (this.peek() === '}') break;
      const key = this.str();
      if (dict.has(key)) throw new SyntaxProblem(`a duplicate key ${JSON.stringify(key)}`);
      this.ws();
      this.expect(':');
      dict.set(key, this.value(0));
      this.ws();
      if (this.peek() === ',') this.i++;
      else if (this.peek() !== '}') this.problem('"," or "}" expected');
    }
    this.i++;
    this.ws();
    if (this.i !== this.text.length) this.problem('only whitespace may follow the dict');
    return dict;
  }

  private value(depth: number): PyValue {
    this.ws();
    const c = this.peek();
    if (c === "'" || c === '"') return this.str();
    if (this.text.startsWith('True', this.i)) return this.skip(4, true);
    if (this.text.startsWith('False', this.i)) return this.skip(5, false);
    if (c !== undefined && c >= '0' && c <= '9') return this.int();
    if (c === '(' || c === '[') return this.sequence(c, depth);
    return this.problem(c === '{' ? 'a nested dict is not allowed' : 'a value expected');
  }

  private sequence(open: '(' | '[', depth: number): PyValue {
    if (depth >= 8) this.problem('nesting deeper than 8');
    const close = open === '(' ? ')' : ']';
    this.i++;
    const items: PyValue[] = [];
    let trailingComma = false;
    for (;;) {
      this.ws();
      if (this.peek() === close) break;
      items.push(this.value(depth + 1));
      this.ws();
      trailingComma = this.peek() === ',';
      if (trailingComma) this.i++;
      else if (this.peek() !== close) this.problem(`"," or "${close}" expected`);
    }
    this.i++;
    if (open === '[') return items;
    if (items.length === 1 && !trailingComma) this.problem('a parenthesized value is not a tuple');
    return { tuple: items };
  }

  private str(): string {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"') this.problem('a quoted string expected');
    const start = ++this.i;
    while (this.i < this.text.length && this.text[this.i] !== quote) {
      // numpy writes no escapes; a backslash or newline means a file we do not understand.
      if (this.text[this.i] === '\\' || this.text[this.i] === '\n') this.problem('an escape or newline in a string');
      this.i++;
    }
    if (this.i >= this.text.length) this.problem('an unterminated string');
    return this.text.slice(start, this.i++);
  }

  private int(): number {
    const start = this.i;
    while (this.i < this.text.length && (this.peek() as string) >= '0' && (this.peek() as string) <= '9') this.i++;
    const digits = this.text.slice(start, this.i);
    if (digits.length > 1 && digits[0] === '0') this.problem('an integer with a leading zero');
    if (this.peek() === 'L') this.i++; // Python 2's long suffix, in headers written by numpy on Python 2
    const n = Number(digits);
    if (digits.length > 16 || !Number.isSafeInteger(n))
      this.problem(`an integer of 2^53 or more (${digits.slice(0, 20)})`);
    return n;
  }

  private skip<T>(n: number, value: T): T {
    this.i += n;
    return value;
  }

  private ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] as string)) this.i++;
  }

  private peek(): string | undefined {
    return this.text[this.i];
  }

  private expect(c: string): void {
    if (this.peek() !== c) this.problem(`"${c}" expected`);
    this.i++;
  }

  private problem(what: string): never {
    const found = this.peek();
    throw new SyntaxProblem(
      `${what} at character ${this.i} (found ${found === undefined ? 'the end' : JSON.stringify(found)})`,
    );
  }
}
