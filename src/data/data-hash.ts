/** The identity of the data this build publishes (the manifest's dataHash), computed once per build. */
import { getBuildContext } from './dataset.ts';

export function getDataHash(): Promise<string> {
  return Promise.resolve(getBuildContext().dataPart.dataHash);
}
