export * from './importBdmCsv.ts';
