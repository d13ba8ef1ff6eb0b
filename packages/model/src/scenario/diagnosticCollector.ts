import type { Diagnostic } from '../diagnostic.ts';
import { formatPath, type PathSegment } from './formatPath.ts';
import type { LocateTarget, Locator, SourcePosition } from './yamlLocator.ts';

/** What a check reports; the collector adds the readable path, the file and line:col. */
export interface Report extends LocateTarget {
  code: string;
  path: readonly PathSegment[];
  message: string;
  hint?: string | undefined;
  /** A known source position, overriding the lookup by path. */
  at?: SourcePosition | undefined;
}

export interface DiagnosticCollectorOptions {
  /** Finds the line:col of a path. */
  locate?: Locator | undefined;
  /** File name put on every diagnostic. */
  file?: string | undefined;
  /**
   * Rewrites each reported path before it is located and shown: checks that run on a copy with
   * parts removed (see salvageShape) report paths of the copy, which must name document nodes.
   */
  mapPath?: ((path: readonly PathSegment[]) => readonly PathSegment[]) | undefined;
}

/**
 * Accumulates diagnostics from the parse and validation passes. With a `Locator` (when the
 * scenario came from text) each diagnostic is placed at line:col; without one, the path alone
 * says where.
 */
export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly options: DiagnosticCollectorOptions = {}) {}

  error(report: Report): void {
    this.add('error', report);
  }

  warning(report: Report): void {
    this.add('warning', report);
  }

  private add(severity: Diagnostic['severity'], report: Report): void {
    const path = this.options.mapPath?.(report.path) ?? report.path;
    const where = report.at ?? this.options.locate?.(path, report);
    this.diagnostics.push({
      code: report.code,
      severity,
      path: formatPath(path),
      ...(this.options.file === undefined ? {} : { file: this.options.file }),
      ...(where ? { line: where.line, col: where.col } : {}),
      message: report.message,
      ...(report.hint === undefined ? {} : { hint: report.hint }),
    });
  }
}
