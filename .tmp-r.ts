import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario } from '@parley/model';
import { forecast as F } from '@parley/engines';
import { buildScenarioReport, renderText, renderHtml, renderMarkdown } from '@parley/report';
const p = parseScenario(readFileSync('catalog/korean-peninsula-2018.yaml','utf8'), { file: 'k.yaml' });
if (!p.ok) throw 0;
const input = F.forecastInputFromScenario(p.value);
const models = ['mean','capability-mean','median','bdm','smp'] as const;
const results = models.map(model => {
  const r = F.forecast(input, { model });
  if (process.argv[2] === 'mc') { const mc = F.monteCarlo(input, { model, runs: 200, seed: 1 }); return { ...r, distribution: mc.distribution, provenance: mc.provenance }; }
  return r;
});
const rep = buildScenarioReport(p.value, { forecasts: { input, results, ...(process.argv[2]==='mc' ? { monteCarlo: { runs: 200, seed: 1 } } : {}) } });
rep.sections = rep.sections.filter(s => s.kind === 'forecast');
process.stdout.write(renderText(rep, { width: 100 }));
writeFileSync('/tmp/fc/f.html', renderHtml(rep));
writeFileSync('/tmp/fc/f.md', renderMarkdown(rep));
