/** Diagnostics for one GENIUS file, located at an element or one of its attributes. */
import type { Diagnostic } from '../../diagnostic.ts';
import type { XmlElement } from './xmlTree.ts';

export class GeniusReport {
  constructor(
    readonly diagnostics: Diagnostic[],
    private readonly file?: string,
  ) {}

  error(
    code: string,
    path: string,
    at: XmlElement | undefined,
    message: string,
    attribute?: string,
    hint?: string,
  ): void {
    this.push('error', code, path, at, message, attribute, hint);
  }

  warn(
    code: string,
    path: string,
    at: XmlElement | undefined,
    message: string,
    attribute?: string,
    hint?: string,
  ): void {
    this.push('warning', code, path, at, message, attribute, hint);
  }

  private push(
    severity: Diagnostic['severity'],
    code: string,
    path: string,
    at: XmlElement | undefined,
    message: string,
    attribute?: string,
    hint?: string,
  ): void {
    const d: Diagnostic = { code, severity, path, message };
    const position =
      (attribute !== undefined ? at?.attributePositions.get(attribute) : undefined) ?? at?.position;
    if (position) {
      d.line = position.line;
      d.col = position.col;
    }
    if (this.file !== undefined) d.file = this.file;
    if (hint !== undefined) d.hint = hint;
    this.diagnostics.push(d);
  }
}

/** The element's children with a given tag name, in document order. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c) => c.name === name);
