/**
 * The kinds of page that keep their strings in one file of their own (see ../page-strings.ts), by
 * section. A new one is imported and listed here.
 */
import type { Section } from '../../domain/routes.ts';
import accessibility from './accessibility.ts';

export const PAGE_STRINGS = { accessibility } as const satisfies Partial<Record<Section, unknown>>;
