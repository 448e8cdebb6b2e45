import { useState } from 'react';
import type { Api } from './api';
import { saveFile } from './navigation';

/** Downloads a file the API gives (it needs the token, so no plain link can), and what went wrong. */
export function useDownload(api: Promise<Api>): { readonly start: (path: string) => void; readonly problem: string | undefined } {
  const [problem, setProblem] = useState<string>();
  const start = (path: string): void => {
    setProblem(undefined);
    api
      .then((a) => a.file(path))
      .then(
        (file) => saveFile(file.blob, file.name),
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      );
  };
  return { start, problem };
}
