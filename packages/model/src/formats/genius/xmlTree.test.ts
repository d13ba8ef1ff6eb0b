import { describe, expect, it } from 'vitest';
import { parseXmlTree } from './xmlTree.ts';

describe('parseXmlTree', () => {
  it('locates elements and attributes by line and column, across CRLF line ends and astral characters', () => {
    const { root } = parseXmlTree('<a>\r\n  <b  x="1"\r\n     y="😀"/>😀<c z="2"/></a>');
    const [b, c] = root!.children;
    expect(b!.position).toEqual({ line: 2, col: 3 });
    expect(b!.attributePositions.get('x')).toEqual({ line: 2, col: 7 });
    expect(b!.attributePositions.get('y')).toEqual({ line: 3, col: 6 });
    expect(c!.position).toEqual({ line: 3, col: 14 });
    expect(c!.attributes.get('z')).toBe('2');
  });

  it('nests self-closing and open elements correctly', () => {
    const { root } = parseXmlTree('<a><b/><c><d/></c><e/></a>');
    expect(root!.children.map((e) => e.name)).toEqual(['b', 'c', 'e']);
    expect(root!.children[1]!.children.map((e) => e.name)).toEqual(['d']);
  });

  it('turns malformed XML into diagnostics with a position', () => {
    const { root, diagnostics } = parseXmlTree('<a>\n<b></a>', 'f.xml');
    expect(root).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      code: 'xml-syntax',
      severity: 'error',
      file: 'f.xml',
      line: 2,
    });
  });

  it('reports an empty document', () => {
    expect(parseXmlTree('').diagnostics[0]).toMatchObject({ code: 'xml-syntax', line: 1, col: 1 });
  });
});
