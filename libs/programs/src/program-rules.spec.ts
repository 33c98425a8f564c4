import { ProgramStatus } from './program.enums';
import { cleanList, isNextStatus } from './program-rules';

describe('program rules', () => {
  it('moves one step forward at a time, never back or sideways', () => {
    const order = [ProgramStatus.DRAFT, ProgramStatus.OPEN, ProgramStatus.MATCHING, ProgramStatus.ACTIVE, ProgramStatus.COMPLETED];
    for (const from of order) {
      for (const to of order) {
        expect(isNextStatus(from, to)).toBe(order.indexOf(to) === order.indexOf(from) + 1);
      }
    }
  });

  it('cleans lists and names the blank entry', () => {
    expect(cleanList('questions', [' Why? ', 'How'], 3, 10)).toEqual(['Why?', 'How']);
    expect(() => cleanList('questions', ['ok', '  '], 3, 10)).toThrow(expect.objectContaining({ field: 'questions.1' }));
    expect(() => cleanList('questions', ['a', 'b'], 1, 10)).toThrow(expect.objectContaining({ field: 'questions' }));
  });
});
