import type { Template } from './template';

/**
 * A view of a template built once: templates are immutable data, and schemas, labels and lookups
 * derived from them cost more to build than to use.
 */
export function perTemplate<T>(build: (template: Template) => T): (template: Template) => T {
  const built = new WeakMap<Template, T>();
  return (template) => {
    const known = built.get(template);
    if (known !== undefined) return known;
    const value = build(template);
    built.set(template, value);
    return value;
  };
}
