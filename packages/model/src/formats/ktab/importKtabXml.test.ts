import { describe, expect, it } from 'vitest';
import { importKtabXml } from './importKtabXml.ts';
import { readKtabXml } from './readKtabXml.ts';

// An invented scenario in KTAB's XML layout (smpSchema.xsd), with a byte-order mark as KTAB's
// own examples have.
const actor = (name: string, cap: number, pos: number[], sal: number[]) => `
    <Actor>
      <name>${name}</name>
      <description>${name} desc</description>
      <capability>${cap}</capability>
      <Position>${pos.map((p) => `<dCoord>${p}</dCoord>`).join('')}</Position>
      <Salience>${sal.map((s) => `<dSal>${s}</dSal>`).join('')}</Salience>
    </Actor>`;

const xml = (
  params: string,
  actors: string,
  extra = '',
) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<Scenario>
  <name>Harbour</name>
  <desc>Invented</desc>
  <prngSeed>0123456789</prngSeed>${params}
  <Dimensions>
    <dName>Fees</dName>
    <dName>Dredging</dName>
  </Dimensions>
  <Actors>${actors}
  </Actors>${extra}
</Scenario>
`;

const ACTORS =
  actor('Port', 120, [20, 70], [60, 30]) +
  actor('City', 80, [55, 40], [30, 50]) +
  actor('Shippers', 60, [90, 10], [70, 20]);

const PARAMS = `
  <ModelParameters>
    <VictoryProbModel>Square</VictoryProbModel>
    <PCEModel>MarkovIncentive</PCEModel>
    <StateTransitions>Deterministic</StateTransitions>
    <VotingRule>PropCbc</VotingRule>
    <BigRAdjust>Half</BigRAdjust>
    <BigRRange>Min</BigRRange>
    <ThirdPartyCommit>FullCommit</ThirdPartyCommit>
    <InterVecBrgn>S1P1</InterVecBrgn>
    <BargnModel>PWCompInterp</BargnModel>
  </ModelParameters>`;

const ADJUST = `
  <IdealAdjustment>
    <iaPair><adjustingIdeal>City</adjustingIdeal><referencePos>Port</referencePos><adjust>0.25</adjust></iaPair>
  </IdealAdjustment>`;

describe('importKtabXml', () => {
  it('reads actors and dimensions into a scenario, like the CSV importer', () => {
    const parsed = importKtabXml(xml('', ACTORS), { file: 'harbour.xml' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.actors.map((a) => [a.id, a.capability])).toEqual([
      ['port', 120],
      ['city', 80],
      ['shippers', 60],
    ]);
    expect(parsed.value.issues.map((i) => i.name)).toEqual(['Fees', 'Dredging']);
    expect(parsed.value.issues[0]!.positions.shippers).toEqual({ position: 90, salience: 70 });
  });

  it('keeps model parameters, seed and accommodation for the spatial model', () => {
    const read = readKtabXml(xml(PARAMS, ACTORS, ADJUST));
    expect(read.document?.parameters).toEqual({
      VictoryProbModel: 'Square',
      PCEModel: 'MarkovIncentive',
      StateTransitions: 'Deterministic',
      VotingRule: 'PropCbc',
      BigRAdjust: 'Half',
      BigRRange: 'Min',
      ThirdPartyCommit: 'FullCommit',
      InterVecBrgn: 'S1P1',
      BargnModel: 'PWCompInterp',
    });
    expect(read.document?.seed).toBe('0123456789');
    expect(
      read.document?.idealAdjustment.map((p) => [
        p.adjustingIdeal.value,
        p.referencePos.value,
        p.adjust.value,
      ]),
    ).toEqual([['City', 'Port', 0.25]]);
  });

  it('rejects an empty coordinate at its line and column, as KTAB rejects its own smpExample.xml', () => {
    const broken = xml('', ACTORS.replace('<dCoord>55</dCoord>', '<dCoord></dCoord>'));
    const parsed = importKtabXml(broken, { file: 'harbour.xml' });
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'ktab-number',
        path: 'Actors.Actor[1].Position[0]',
        line: 22,
        col: 25,
      }),
    ]);
  });

  it('names an unknown parameter value and the allowed ones', () => {
    const parsed = importKtabXml(xml(PARAMS.replace('Square', 'Cubed'), ACTORS));
    expect(parsed.diagnostics[0]).toEqual(
      expect.objectContaining({
        code: 'ktab-parameter',
        hint: 'one of Linear, Square, Quartic, Octic, Binary',
      }),
    );
  });

  it('reports a dimension-count mismatch and an unknown actor in the accommodation matrix', () => {
    const parsed = importKtabXml(
      xml(
        '',
        ACTORS.replace('<dSal>50</dSal>', ''),
        ADJUST.replace('Port</referencePos>', 'Pier</referencePos>'),
      ),
    );
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['ktab-dimension-count']);
    const parsed2 = importKtabXml(
      xml('', ACTORS, ADJUST.replace('Port</referencePos>', 'Pier</referencePos>')),
    );
    expect(parsed2.diagnostics.map((d) => d.code)).toEqual(['ktab-unknown-actor']);
  });

  it('turns malformed XML into one diagnostic instead of an exception', () => {
    const parsed = importKtabXml('<Scenario><name>x</Scenario>');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]).toEqual(expect.objectContaining({ code: 'xml-syntax', line: 1 }));
  });
});
