import { readFileSync } from 'node:fs';
import {
  conformanceSubjects,
  describeDistribution,
  dialects,
  type InitializerName,
  initialize,
  initializerNames,
  initializers,
} from '@nninit/init';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../src/internal/registry.js';

// A shape and a complete parameter set that each canonical initializer accepts: its definition's
// example (tsc requires every declared parameter in it).
const VALID: Record<string, { shape: readonly number[]; params: Record<string, unknown> }> = Object.fromEntries(
  DEFINITIONS.map((d) => [d.name, { shape: d.example.shape, params: d.example.parameters }]),
);

/** The lines of a README section, from its heading to the next. */
function section(readme: string, heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('the registry', () => {
  it('lists every definition once, canonical names then aliases, each name resolving to its entry', () => {
    expect(Object.keys(initializers)).toEqual(DEFINITIONS.map((d) => d.name));
    expect(initializerNames).toEqual([...DEFINITIONS.map((d) => d.name), ...DEFINITIONS.flatMap((d) => d.aliases)]);
    expect(new Set(initializerNames).size).toBe(initializerNames.length);
    const aliasOf = Object.fromEntries(Object.values(initializers).flatMap((i) => i.aliases.map((a) => [a, i.name])));
    expect(aliasOf).toEqual({
      he: 'he_normal',
      kaiming_normal: 'he_normal',
      kaiming_uniform: 'he_uniform',
      xavier: 'glorot_normal',
      xavier_normal: 'glorot_normal',
      xavier_uniform: 'glorot_uniform',
      eye: 'identity',
      'torch.conv': 'torch.linear',
      'torch.conv.bias': 'torch.linear.bias',
      'keras.conv': 'keras.dense',
      'keras.conv.bias': 'keras.dense.bias',
      'tfjs.conv': 'tfjs.dense',
      'tfjs.conv.bias': 'tfjs.dense.bias',
    });
    for (const [alias, name] of Object.entries(aliasOf)) {
      const { shape, params } = VALID[name] as { shape: number[]; params: Record<string, unknown> };
      expect(describeDistribution(shape, { name: alias as InitializerName, ...params } as never)).toEqual(
        describeDistribution(shape, { name, ...params } as never),
      );
    }
  });

  it('each entry accepts exactly its listed parameters, and draws iff it says it is random', () => {
    for (const info of Object.values(initializers)) {
      const { shape, params } = VALID[info.name] as { shape: number[]; params: Record<string, unknown> };
      expect(Object.keys(params).sort()).toEqual([...info.parameters].sort());
      const w = initialize(shape, { name: info.name, ...params } as never, { seed: 1 });
      expect(w.shape).toEqual(shape);
      if (info.random)
        expect(() => initialize(shape, { name: info.name, ...params } as never)).toThrow(
          /options\.rng or options\.seed must be given/,
        );
      else expect(initialize(shape, { name: info.name, ...params } as never).data).toEqual(w.data);
      expect(() => initialize(shape, { name: info.name, ...params, bogus: 1 } as never, { seed: 1 })).toThrow(
        RangeError,
      );
      expect(info.reference.length).toBeGreaterThan(10);
    }
  });

  it('gives every initializer conformance subjects: its own name or alias, checked as its kind', () => {
    expect(new Set(conformanceSubjects.map((s) => s.name))).toEqual(new Set(Object.keys(initializers)));
    for (const s of conformanceSubjects) {
      const name = typeof s.initialization === 'string' ? s.initialization : s.initialization.name;
      const info = initializers[s.name];
      expect([info.name, ...info.aliases], s.title).toContain(name);
      const declared = describeDistribution(VALID[s.name]?.shape as number[], s.initialization);
      expect(['normal', 'uniform', 'truncated_normal', 'constant'].includes(declared.family), s.title).toBe(
        s.kind === 'iid',
      );
      if (s.kind !== 'iid') expect(declared.family, s.title).toBe(s.kind);
    }
    expect(new Set(conformanceSubjects.map((s) => s.source))).toEqual(new Set(['float32', 'float64', 'RandomState']));
    expect(Object.isFrozen(conformanceSubjects)).toBe(true);
  });

  it("has a row in the README's table for every initializer, with its aliases", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = section(readme, '## Initializers').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBe(Object.keys(initializers).length);
    for (const info of Object.values(initializers)) {
      const row = rows.find((r) => r.startsWith(`| \`${info.name}\``));
      expect(row, info.name).toBeDefined();
      for (const alias of info.aliases) expect(row, alias).toContain(`\`${alias}\``);
    }
  });

  it("has a row in the README's Dialects table for every dialect spelling, with its framework and target", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = section(readme, '## Dialects').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBe(Object.keys(dialects).length);
    for (const d of Object.values(dialects)) {
      const row = rows.find((r) => r.startsWith(`| \`${d.spelling}\` | ${d.framework} |`));
      expect(row, d.spelling).toBeDefined();
      expect(row, d.spelling).toMatch(new RegExp(`\\| \`(\\{ name: '${d.canonical}'|${d.canonical}\`)`));
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(initializers)).toBe(true);
    expect(Object.isFrozen(initializers.he_normal)).toBe(true);
    expect(Object.isFrozen(initializers.he_normal.aliases)).toBe(true);
    expect(Object.isFrozen(initializerNames)).toBe(true);
  });
});
