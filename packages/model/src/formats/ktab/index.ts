export * from './ktabDocument.ts';
export * from './readKtabCsv.ts';
export * from './readKtabXml.ts';
export * from './ktabToScenario.ts';
export * from './importKtabCsv.ts';
export * from './importKtabXml.ts';
