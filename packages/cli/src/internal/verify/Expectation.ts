/**
 * `--expect NAME:k=v,…` parsed: the initializer's name as `initialize` takes it (a canonical
 * name, an alias, a preset or a dialect spelling) and its parameters, numbers where the value
 * reads as one and strings otherwise.
 *
 * @example
 * ```ts
 * const e: Expectation = { name: 'kaiming_uniform_', parameters: { a: 2.236 }, text: 'kaiming_uniform_:a=2.236' };
 * ```
 */
export interface Expectation {
  readonly name: string;
  readonly parameters: Readonly<Record<string, number | string>>;
  /** What the user typed, for messages and reports. */
  readonly text: string;
}
