/** Where a command writes. Streams are injected so tests can capture output. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Where a command reads piped answers from. */
export interface Input extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

/** Everything a command may touch of the outside world; built once per run in main.ts. */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: Input;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Options every command receives from the program (global flags). */
export interface GlobalOptions {
  content?: string[];
  color: boolean;
}
