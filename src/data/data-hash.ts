/** The identity of the data this build publishes (the manifest's dataHash), computed once per build. */
import { buildDataPart } from './load-dataset.ts';

export function getDataHash(): Promise<string> {
  return Promise.resolve(buildDataPart().dataHash);
}
