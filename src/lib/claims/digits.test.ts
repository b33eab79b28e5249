import { describe, expect, it } from 'vitest';
import { lookalikeNumbers } from './digits';

describe('lookalikeNumbers', () => {
  it('finds digits mixed with look-alike letters or digits of another script', () => {
    expect(lookalikeNumbers('It sent 12,ООО troops')).toEqual([{ start: 8, end: 14, text: '12,ООО', impostors: ['О U+041E'] }]);
    expect(lookalikeNumbers('1З soldats')[0]?.impostors).toEqual(['З U+0417']);
    expect(lookalikeNumbers('12 οοο soldats')[0]?.text).toBe('12 οοο');
    expect(lookalikeNumbers('12,٠٠٠ troops')[0]?.impostors).toEqual(['٠ U+0660']);
  });
  it('leaves plain numbers and words of other scripts alone', () => {
    expect(lookalikeNumbers('12,000 troops, 10 000 soldats, 1,5 million')).toEqual([]);
    expect(lookalikeNumbers('Хорошо 12,000 troops')).toEqual([]);
    expect(lookalikeNumbers('О Коре')).toEqual([]);
  });
});
