import { describe, expect, it } from 'vitest';
import { combine, combineEach, forEachItem, plannedOnce } from '../../../src/graph/cypher/fragments.js';

describe('plannedOnce', () => {
  it('packs the params into $p and keeps the cached plan, after the name comment', () => {
    const q = plannedOnce({ name: 'x', cypher: '// x\nUNWIND $rows AS r RETURN r, $limit', params: { rows: [1, 2], limit: 3 } });
    expect(q.cypher).toBe('// x\nCYPHER replan=skip\nUNWIND $p.rows AS r RETURN r, $p.limit');
    expect(q.params).toEqual({ p: { rows: [1, 2], limit: 3 } });
  });

  it('puts the option first when the statement has no name comment', () => {
    expect(plannedOnce({ cypher: 'RETURN $a', params: { a: 1 } }).cypher).toBe('CYPHER replan=skip\nRETURN $p.a');
  });
});

describe('combine', () => {
  it('runs the statements as unit subqueries of one planned-once statement with merged params', () => {
    const q = combine('both', [
      { name: 'a', cypher: '// a\nCREATE (:A {v: $a})', params: { a: 1 } },
      { name: 'b', cypher: 'CREATE (:B {v: $b})', params: { b: 2 } },
    ]);
    expect(q.cypher).toBe('// both\nCYPHER replan=skip\nCALL () {\nCREATE (:A {v: $p.a})\n}\nCALL () {\nCREATE (:B {v: $p.b})\n}');
    expect(q.params).toEqual({ p: { a: 1, b: 2 } });
  });
});

describe('combineEach', () => {
  it('threads each item\'s params through every subquery and WITH, leaving STARTS WITH alone', () => {
    expect(forEachItem('CALL (a, row) {\n  WITH a WHERE a.x STARTS WITH $p.prefix\n  WITH DISTINCT a\n  CALL () { RETURN $p.n AS n }\n}'))
      .toBe('CALL (item_, a, row) {\n  WITH item_, a WHERE a.x STARTS WITH item_.prefix\n  WITH DISTINCT item_, a\n  CALL (item_) { RETURN item_.n AS n }\n}');
  });

  it('runs one item\'s combined statement per item, with one param list', () => {
    const item = (v: number) => [{ name: 'a', cypher: '// a\nCREATE (:A {v: $v})', params: { v } }];
    const q = combineEach('each', [item(1), item(2)]);
    expect(q.cypher).toBe('// each\nCYPHER replan=skip\nUNWIND $p.items AS item_\nCALL (item_) {\nCALL (item_) {\nCREATE (:A {v: item_.v})\n}\n}');
    expect(q.params).toEqual({ p: { items: [{ v: 1 }, { v: 2 }] } });
  });

  it('refuses items whose statements differ in text', () => {
    expect(() => combineEach('each', [[{ name: 'a', cypher: 'CREATE (:A)' }], [{ name: 'b', cypher: 'CREATE (:B)' }]])).toThrow(/differ/);
  });
});
