export { importGenius, geniusFileKind, GENIUS_REAL_STEPS } from './importGenius.ts';
export type {
  GeniusDomain,
  GeniusImport,
  GeniusIssue,
  GeniusIssueKind,
  GeniusParty,
  GeniusProfileInfo,
  ImportGeniusOptions,
} from './geniusTypes.ts';
export { parseXmlTree, type XmlElement, type XmlPosition } from './xmlTree.ts';
