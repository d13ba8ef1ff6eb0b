/**
 * Reads KTAB's SMP XML (`smpc --xml`, SMPModel::xmlRead in smpread.cpp; schema smpSchema.xsd):
 * Scenario{name, desc, prngSeed, ModelParameters?, Dimensions{dName*},
 * Actors{Actor{name, description, capability, Position{dCoord*}, Salience{dSal*}}},
 * IdealAdjustment?{iaPair{adjustingIdeal, referencePos, adjust}}}.
 *
 * Structure and enumerations are checked here; value ranges by ktabToScenario. Never throws.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import {
  KTAB_PARAMETER_VALUES,
  type KtabActor,
  type KtabDocument,
  type Located,
} from './ktabDocument.ts';
import { childNamed, childrenNamed, readXmlTree, type XmlNode } from './xmlTree.ts';

export function readKtabXml(
  text: string,
  file?: string,
): { document?: KtabDocument; diagnostics: Diagnostic[] } {
  const tree = readXmlTree(text, file);
  if (!tree.root) return { diagnostics: tree.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const report = (
    code: string,
    path: string,
    at: { line: number; col: number },
    message: string,
    hint?: string,
  ) => {
    diagnostics.push({
      code,
      severity: 'error',
      path,
      line: at.line,
      col: at.col,
      message,
      ...(file !== undefined ? { file } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
  };
  const scenario = tree.root;
  if (scenario.name !== 'Scenario') {
    report(
      'ktab-xml-element',
      '',
      scenario,
      `the root element must be <Scenario>, not <${scenario.name}>`,
    );
    return { diagnostics };
  }
  const need = (parent: XmlNode, name: string, path: string): XmlNode | undefined => {
    const node = childNamed(parent, name);
    if (!node)
      report('ktab-xml-element', path, parent, `<${parent.name}> needs a <${name}> element`);
    return node;
  };
  const number = (node: XmlNode | undefined, path: string): Located<number> => {
    const raw = node?.text.trim() ?? '';
    const value = raw === '' ? Number.NaN : Number(raw);
    const at = node ?? scenario;
    if (node && !Number.isFinite(value)) {
      report(
        'ktab-number',
        path,
        at,
        raw === '' ? `<${node.name}> is empty` : `"${raw}" is not a number`,
      );
    }
    return { value, line: at.line, col: at.col };
  };
  const parameters = readParameters(childNamed(scenario, 'ModelParameters'), report);
  const dimsNode = need(scenario, 'Dimensions', 'Dimensions');
  const dimensions = dimsNode ? childrenNamed(dimsNode, 'dName').map((d) => d.text.trim()) : [];
  if (dimsNode && dimensions.length === 0)
    report('ktab-xml-element', 'Dimensions', dimsNode, 'no <dName> in <Dimensions>');
  const actorsNode = need(scenario, 'Actors', 'Actors');
  const actors: KtabActor[] = (actorsNode ? childrenNamed(actorsNode, 'Actor') : []).map(
    (node, a) => {
      const path = `Actors.Actor[${a}]`;
      const nameNode = need(node, 'name', path);
      const coords = (group: string, item: string, what: string) => {
        const g = need(node, group, path);
        const items = g ? childrenNamed(g, item) : [];
        if (g && items.length !== dimensions.length) {
          report(
            'ktab-dimension-count',
            `${path}.${group}`,
            g,
            `${items.length} ${what} for ${dimensions.length} dimensions`,
          );
        }
        return items.map((it, d) => number(it, `${path}.${group}[${d}]`));
      };
      return {
        name: {
          value: nameNode?.text.trim() ?? '',
          line: nameNode?.line ?? node.line,
          col: nameNode?.col ?? node.col,
        },
        description: childNamed(node, 'description')?.text.trim() ?? '',
        capability: number(need(node, 'capability', path), `${path}.capability`),
        position: coords('Position', 'dCoord', 'coordinates'),
        salience: coords('Salience', 'dSal', 'saliences'),
      };
    },
  );
  const adjust = childNamed(scenario, 'IdealAdjustment');
  const idealAdjustment = (adjust ? childrenNamed(adjust, 'iaPair') : []).map((pair, k) => {
    const path = `IdealAdjustment.iaPair[${k}]`;
    const text = (name: string): Located<string> => {
      const n = need(pair, name, path);
      return { value: n?.text.trim() ?? '', line: n?.line ?? pair.line, col: n?.col ?? pair.col };
    };
    return {
      adjustingIdeal: text('adjustingIdeal'),
      referencePos: text('referencePos'),
      adjust: number(need(pair, 'adjust', path), `${path}.adjust`),
    };
  });
  if (diagnostics.length > 0) return { diagnostics };
  const seed = childNamed(scenario, 'prngSeed')?.text.trim();
  const document: KtabDocument = {
    name: childNamed(scenario, 'name')?.text.trim() ?? '',
    description: childNamed(scenario, 'desc')?.text.trim() ?? '',
    ...(seed ? { seed } : {}),
    parameters,
    dimensions,
    actors,
    idealAdjustment,
  };
  return { document, diagnostics };
}

function readParameters(
  node: XmlNode | undefined,
  report: (
    code: string,
    path: string,
    at: { line: number; col: number },
    message: string,
    hint?: string,
  ) => void,
): Record<string, string> {
  const parameters: Record<string, string> = {};
  if (!node) return parameters;
  for (const [name, allowed] of Object.entries(KTAB_PARAMETER_VALUES)) {
    const child = childNamed(node, name);
    if (!child) {
      report(
        'ktab-xml-element',
        `ModelParameters.${name}`,
        node,
        `<ModelParameters> needs <${name}> (KTAB reads all nine)`,
      );
      continue;
    }
    const value = child.text.trim();
    if (!allowed.includes(value)) {
      report(
        'ktab-parameter',
        `ModelParameters.${name}`,
        child,
        `unknown ${name} "${value}"`,
        `one of ${allowed.join(', ')}`,
      );
      continue;
    }
    parameters[name] = value;
  }
  return parameters;
}
