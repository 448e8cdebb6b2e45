import { spawnSync } from 'node:child_process';

export interface ToolCheck {
  readonly available: boolean;
}

/**
 * A test that needs a system package (installed by .ci/run) must fail in CI when it is missing and
 * may skip elsewhere, saying what to install.
 */
export function requireTool(command: string, debianPackage: string): ToolCheck {
  const available = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!available) {
    if (process.env.CI === 'true') {
      throw new Error(`${command} mangler i CI: .ci/run skal installere Debian-pakken ${debianPackage}.`);
    }
    console.warn(`Hopper over tester som trenger ${command}: installer Debian-pakken ${debianPackage}.`);
  }
  return { available };
}
