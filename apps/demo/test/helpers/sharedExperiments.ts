import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { run } from '../../src/run.js';
import { captureIo } from './captureIo.js';
import { type DemoProcessResult, demoProcessAsync } from './demoProcess.js';

/** What one in-process `run` printed, its exit status, and the files it left in its (fresh) working directory. */
export interface CapturedRun {
  readonly status: number;
  readonly out: string;
  readonly err: string;
  readonly written: readonly string[];
}

/**
 * The experiments several test files check, computed once per test run by vitest's global setup
 * (test/helpers/sharedExperiments.ts) and handed to each file with `inject`: the notebook's
 * full 3 × 15,000-iteration comparison (in-process, `--json`, and as a separate process with no
 * arguments) and the whole conformance suite (as text, and as JSON with JUnit XML). Each of them
 * takes seconds alone and several times as long on a loaded 2-core machine; computing them in
 * each file's hooks ran them up to four times and timed hooks out.
 */
export interface SharedExperiments {
  /** `run(['--json', '--no-report'])`: the notebook's experiment as JSON. */
  readonly notebookJson: CapturedRun;
  /** `pnpm demo` with no arguments, as a separate process, with INIT_CWD = `notebookProcessDir`. */
  readonly notebookProcess: DemoProcessResult;
  /** The directory the process above ran in; it holds only the report it wrote. */
  readonly notebookProcessDir: string;
  /** `run(['verify', '--runs', '2'])`: the summary table. */
  readonly verifyText: CapturedRun;
  /** `run(['verify', '--runs', '2', '--json', '--junit', 'conformance.xml'])`, and the XML it wrote. */
  readonly verifyJson: CapturedRun & { readonly junitPath: string; readonly junit: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedExperiments: SharedExperiments;
  }
}

/** vitest's `globalSetup`: computes {@link SharedExperiments} once and provides them; the returned teardown deletes their files. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-shared-'));
  const notebookProcessDir = join(dir, 'notebook');
  mkdirSync(notebookProcessDir);
  // The child process runs on the other core while this one computes the in-process runs.
  const notebookProcess = demoProcessAsync([], notebookProcessDir);
  const captured = async (argv: string[]): Promise<CapturedRun> => {
    const cwd = mkdtempSync(join(dir, 'run-'));
    const { io, out, err } = captureIo(cwd);
    const status = await run(argv, io);
    return { status, out: out(), err: err(), written: readdirSync(cwd) };
  };
  const notebookJson = await captured(['--json', '--no-report']);
  const verifyText = await captured(['verify', '--runs', '2']);
  const junitPath = join(dir, 'conformance.xml');
  const verifyJson = {
    ...(await captured(['verify', '--runs', '2', '--json', '--junit', junitPath])),
    junitPath,
    junit: readFileSync(junitPath, 'utf8'),
  };
  project.provide('sharedExperiments', {
    notebookJson,
    notebookProcess: await notebookProcess,
    notebookProcessDir,
    verifyText,
    verifyJson,
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
