import { describe, expect, it } from 'vitest';
import { formatCitation, groupCitations, type Citation } from './sourcesSection.ts';

const none = { sources: [], judgement: false };

describe('formatCitation', () => {
  it('writes author, title, publisher and date as sentences', () => {
    expect(
      formatCitation({
        title: 'Some Experimental Games',
        author: 'Merrill M. Flood',
        publisher: 'RAND',
        date: '1952',
      }),
    ).toBe('Merrill M. Flood. Some Experimental Games. RAND, 1952.');
  });

  it('does not double a final full stop or question mark', () => {
    expect(formatCitation({ title: 'Why talk?' })).toBe('Why talk?');
  });
});

describe('groupCitations', () => {
  it('groups subjects by group and aspect, in first-seen order', () => {
    const c = (group: string, aspect: string, subject: string): Citation => ({
      group,
      aspect,
      subject,
      provenance: none,
      figure: true,
    });
    expect(
      groupCitations([
        c('Sanctions', 'position', 'USA'),
        c('Options', '', '“Lift”'),
        c('Sanctions', 'salience', 'China'),
        c('Sanctions', 'position', 'Russia'),
      ]),
    ).toEqual(['Sanctions: position (USA, Russia); salience (China)', 'Options: “Lift”']);
  });
});
