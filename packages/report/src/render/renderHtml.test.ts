import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.ts';
import { renderHtml } from './renderHtml.ts';
import { tagProblems } from '../testing/htmlTags.ts';

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('produces a well-formed document (every tag closed in order)', () => {
    expect(tagProblems(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('the tag checker itself notices a missing close tag', () => {
    expect(tagProblems('<div><p>x</div>')).toEqual(['unexpected </div>', 'unclosed <div>']);
  });

  it('is self-contained: inline CSS, no scripts, no external assets', () => {
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
  });

  it('escapes text taken from the scenario', () => {
    expect(html).toContain('<title>Sample &lt;Dilemma&gt; &amp; &quot;Friends&quot;</title>');
    expect(html).not.toContain('<Dilemma>');
  });

  it('is accessible: a language, sections labelled by headings, scoped table headers', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<section id="actors" aria-labelledby="actors-h">');
    expect(html).toContain('<h2 id="actors-h">Actors</h2>');
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('<caption>Option form');
  });

  it('names every table region differently and leaves no header cell empty (axe rules)', () => {
    const names = [...html.matchAll(/role="region" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    expect(html).not.toMatch(/<th[^>]*><\/th>/);
  });

  it('has a print stylesheet', () => {
    expect(html).toContain('@media print');
  });
});
