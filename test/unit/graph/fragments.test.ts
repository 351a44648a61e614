import { describe, expect, it } from 'vitest';
import { combine, plannedOnce } from '../../../src/graph/cypher/fragments.js';

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
