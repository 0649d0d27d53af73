/** The modules the portal's Vite plugins provide (src/integrations/build-context-plugin.ts). */
declare module 'virtual:ck57/build-context' {
  /** The build's context; null when the data has problems (under `astro dev`; a build stops instead). */
  export const context: import('./data/build-context.ts').BuildContext | null;
  /** Every problem of the data, one a line (file, field, expected, found); empty when there is none. */
  export const problems: string[];
}
