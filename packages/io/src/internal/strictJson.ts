/**
 * A JSON parser (RFC 8259) that refuses duplicate object keys. `JSON.parse` silently keeps the
 * last of two equal keys, so a safetensors header naming one tensor twice would read as valid;
 * the safetensors README forbids duplicates ("not all parsers may respect this"). With
 * `integersOnly`, a number with a fraction or an exponent (`4.0`, `1e3`) is refused too, as the
 * reference reader's unsigned-integer fields refuse it. Objects become Maps, so no key
 * (`__proto__` included) touches a prototype. Returns an error phrase instead of throwing, so
 * the caller words the message.
 */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = Map<string, Json>;

export function parseStrictJson(text: string, integersOnly = false): Json | string {
  try {
    const parser = new JsonParser(text, integersOnly);
    const value = parser.value(0);
    parser.end();
    return value;
  } catch (error) {
    if (error instanceof JsonProblem) return error.message;
    throw error;
  }
}

class JsonProblem extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonParser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly integersOnly: boolean,
  ) {}

  value(depth: number): Json {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (this.text.startsWith('true', this.i)) return this.skip(4, true);
    if (this.text.startsWith('false', this.i)) return this.skip(5, false);
    if (this.text.startsWith('null', this.i)) return this.skip(4, null);
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (m === null) return this.problem('a JSON value expected');
    if (this.integersOnly && /[.eE]/.test(m[0])) this.problem(`an integer, not ${m[0]},`);
    this.i += m[0].length;
    return Number(m[0]);
  }

  end(): void {
    this.ws();
    if (this.i !== this.text.length) this.problem('only whitespace may follow the JSON value');
  }

  private object(depth: number): JsonObject {
    if (depth >= 16) this.problem('nesting deeper than 16');
    this.i++;
    const object: JsonObject = new Map();
    this.ws();
    if (this.text[this.i] === '}') return this.skip(1, object);
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.problem('a quoted key expected');
      const key = this.string();
      if (object.has(key)) this.problem(`a duplicate key ${JSON.stringify(key)}`);
      this.ws();
      if (this.text[this.i] !== ':') this.problem('":" expected');
      this.i++;
      object.set(key, this.value(depth + 1));
      this.ws();
      const c = this.text[this.i++];
      if (c === '}') return object;
      if (c !== ',') {
        this.i--;
        this.problem('"," or "}" expected');
      }
    }
  }

  private array(depth: number): Json[] {
    if (depth >= 16) this.problem('nesting deeper than 16');
    this.i++;
    const items: Json[] = [];
    this.ws();
    if (this.text[this.i] === ']') return this.skip(1, items);
    for (;;) {
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.text[this.i++];
      if (c === ']') return items;
      if (c !== ',') {
        this.i--;
        this.problem('"," or "]" expected');
      }
    }
  }

  private string(): string {
    // A loop, not a regular expression: a hostile header's megabyte-long string must not
    // exhaust the regexp engine's backtracking stack.
    const start = this.i++;
    let escaped = false;
    for (;;) {
      const code = this.text.charCodeAt(this.i);
      if (Number.isNaN(code)) this.problem('an unterminated string');
      if (code < 0x20) this.problem('a control character in a string');
      this.i++;
      if (code === 0x22) break;
      if (code === 0x5c) {
        escaped = true;
        const e = this.text[this.i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 1, this.i + 5))) this.problem('a bad \\u escape');
          this.i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i++;
        else this.problem('a bad escape');
      }
    }
    return escaped ? (JSON.parse(this.text.slice(start, this.i)) as string) : this.text.slice(start + 1, this.i - 1);
  }

  private skip<T>(n: number, value: T): T {
    this.i += n;
    return value;
  }

  private ws(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return;
      this.i++;
    }
  }

  private problem(what: string): never {
    const found = this.text[this.i];
    throw new JsonProblem(
      `${what} at character ${this.i} (found ${found === undefined ? 'the end' : JSON.stringify(found)})`,
    );
  }
}
