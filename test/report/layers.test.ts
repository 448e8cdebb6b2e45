import { importCircles, importGraph, reachable } from '../support/import-graph';

const graph = importGraph('src/report');

describe('the domain reads in layers: values → template → fields/numbers → rules/compute → validate', () => {
  it('has no import circle, type imports included', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('keeps the value types a leaf that imports nothing of the domain', () => {
    expect(graph.get('values.ts')).toEqual([]);
  });

  it('lets a template depend only on the value types and the rule definitions', () => {
    expect([...reachable(graph, 'template.ts')].sort()).toEqual(['rules/definitions.ts', 'values.ts']);
  });

  it.each(['payload.ts', 'fields.ts', 'numbers.ts', 'compute.ts', 'rules/evaluate.ts'])(
    'looks the template registry up above %s, never below it',
    (module) => {
      expect(reachable(graph, module)).not.toContain('templates/index.ts');
    },
  );

  it('finds a circle when there is one (the check itself can fail)', () => {
    const circular = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(circular)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
