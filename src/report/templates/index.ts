import type { Template } from '../template';
import { arsrapport2013 } from './arsrapport-2013';

/** Every template version the product knows. A new version is a new entry here, nothing else. */
export const templates: readonly Template[] = [arsrapport2013];

export const defaultTemplate: Template = arsrapport2013;

export function findTemplate(id: string, version: string): Template | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}
