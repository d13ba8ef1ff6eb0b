import { describe, expect, it } from 'vitest';
import { importKtabCsv } from '../../../../model/src/formats/ktab/importKtabCsv.ts';
import { readKtabXml } from '../../../../model/src/formats/ktab/readKtabXml.ts';
import { forecast } from '../forecast.ts';
import { forecastInputFromScenario } from '../forecastInputFromScenario.ts';
import { DUMMY_3DIM, DUMMY_3DIM_FINAL } from './fixtures/ktabReference.ts';
import { smpSettingsFromKtab } from './ktabParameters.ts';

/** The fixture rows written back in KTAB's CSV layout. */
const csv = [
  'DummyData_3Dim ,"Dummy scenario to test reading format",7,3,',
  'Actor,Description,Power,Pstn1,Sal1,Pstn2,Sal2,Pstn3,Sal3,',
  ...DUMMY_3DIM.map(
    ([name, cap, ps]) => `${name}, Random Spatial Actor, ${cap}, ${ps.join(', ')},`,
  ),
].join('\n');

describe('a KTAB CSV imported as a scenario forecasts like KTAB', () => {
  it('gives the reference log final state when the dimensions are modelled jointly', () => {
    const parsed = importKtabCsv(csv, { file: 'dummyData_3Dim.csv' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = forecast(forecastInputFromScenario(parsed.value), { model: 'smp', joint: true });
    expect(result.turns).toHaveLength(11);
    const final = result.actors.flatMap((name) => result.final[name] as number[]);
    final.forEach((x, k) => expect(x).toBeCloseTo(DUMMY_3DIM_FINAL[k]!, 6));
  });
});

describe('smpSettingsFromKtab', () => {
  it('maps ModelParameters one to one and builds the accommodation matrix', () => {
    const read =
      readKtabXml(`<Scenario><name>t</name><desc/><prngSeed>03507583219545544127</prngSeed>
      <ModelParameters><VictoryProbModel>Linear</VictoryProbModel><PCEModel>MarkovIncentive</PCEModel>
      <StateTransitions>Stochastic</StateTransitions><VotingRule>PropCbc</VotingRule><BigRAdjust>OneThird</BigRAdjust>
      <BigRRange>Mid</BigRRange><ThirdPartyCommit>SemiCommit</ThirdPartyCommit><InterVecBrgn>S2P2</InterVecBrgn>
      <BargnModel>InitOnlyInterp</BargnModel></ModelParameters>
      <Dimensions><dName>d</dName></Dimensions><Actors>
      <Actor><name>A</name><description/><capability>1</capability><Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
      <Actor><name>B</name><description/><capability>1</capability><Position><dCoord>90</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
      </Actors><IdealAdjustment><iaPair><adjustingIdeal>B</adjustingIdeal><referencePos>A</referencePos><adjust>0.07</adjust></iaPair></IdealAdjustment></Scenario>`);
    const settings = smpSettingsFromKtab(read.document!);
    expect(settings).toEqual(
      expect.objectContaining({
        pceModel: 'MarkovIncentive',
        stateTransitions: 'Stochastic',
        votingRule: 'PropCbc',
        accommodation: [
          [1, 0],
          [0.07, 1],
        ],
      }),
    );
    expect(Number.isInteger(settings.seed)).toBe(true);
  });
});
