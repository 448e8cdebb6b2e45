/** The relative imports of a folder's TypeScript modules, as TypeScript itself reads them (type imports too). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { preProcessFile } from 'typescript';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) => existsSync(candidate));
}

/** Module → the modules it imports, as paths relative to `folder`; imports that leave the folder are left out. */
export function importGraph(folder: string): ImportGraph {
  const root = resolve(folder);
  const graph = new Map<string, string[]>();
  for (const file of modules(root)) {
    const imports = preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
    const local = imports.filter((s) => s.startsWith('.')).flatMap((s) => resolveModule(file, s) ?? []);
    graph.set(
      relative(root, file),
      local.filter((path) => !relative(root, path).startsWith('..')).map((path) => relative(root, path)),
    );
  }
  return graph;
}

/** Groups of modules that import each other in a circle (Tarjan's strongly connected components of more than one module). */
export function importCircles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, next);
    low.set(module, next);
    next++;
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!index.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module) ?? 0, low.get(imported) ?? 0));
      } else if (onStack.has(imported)) {
        low.set(module, Math.min(low.get(module) ?? 0, index.get(imported) ?? 0));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1) circles.push(group.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return circles;
}

/** Every module `module` reaches through its imports, itself left out. */
export function reachable(graph: ImportGraph, module: string): Set<string> {
  const seen = new Set<string>();
  const pending = [...(graph.get(module) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    pending.push(...(graph.get(next) ?? []));
  }
  return seen;
}
