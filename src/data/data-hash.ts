/** The identity of the data this build publishes (the manifest's dataHash), computed once per build. */
import { dataPart } from '../domain/integrity/manifest.ts';
import { getDataset } from './dataset.ts';

let hash: Promise<string> | undefined;

export function getDataHash(): Promise<string> {
  hash ??= getDataset().then((data) => dataPart(data).dataHash);
  return hash;
}
