/**
 * The one test command: `npm test` (node --import tsx scripts/test-all.ts [extra vitest args]).
 *
 * Runs every vitest project (unit + e2e) once, streams vitest's own output, then reads vitest's
 * JSON report and prints a closing line `N passed, N failed` (`, N skipped` when some were skipped
 * or todo), counting individual tests. A test file that failed outside any test (an import error, a
 * failing beforeAll) counts as one failed test, and so does a vitest exit code that is not 0 while
 * no test failed (an unhandled error): a red run never closes with `0 failed`.
 * Exits non-zero if vitest failed, any test failed, or no test ran.
 *
 * Without extra arguments it first runs the static checks, each counted as one test in the closing line:
 * the format check (prettier --check), lint (eslint, warnings allowed) and the type check (tsc). They all
 * run, and the tests run after them even when one fails, so one run shows everything that is wrong.
 *
 * Extra arguments go to vitest (and skip the static checks), e.g. `npm test -- --project unit` or
 * `npm test -- src/auth`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = '.vitest-results.json';
const reportPath = resolve(ROOT, REPORT);

interface AssertionResult {
  fullName: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled' | string;
}
interface FileResult {
  name: string;
  status: 'passed' | 'failed';
  message: string;
  assertionResults: AssertionResult[];
}
interface JsonReport {
  success: boolean;
  testResults: FileResult[];
}

const STATIC_CHECKS: { name: string; args: string[] }[] = [
  { name: 'format check (prettier --check .)', args: ['prettier', '--check', '--log-level=warn', '.'] },
  { name: 'lint (eslint .)', args: ['eslint', '.'] },
  { name: 'type check (tsc --noEmit)', args: ['tsc', '--noEmit', '-p', '.'] },
];

function runVitest(args: string[]): Promise<number> {
  return runNpx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`, ...args]);
}

function runNpx(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: 'inherit' });
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (e) => {
      console.error(`Could not start ${args[0]}: ${e.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
}

async function main(): Promise<number> {
  rmSync(reportPath, { force: true }); // never read a previous run's report
  const vitestArgs = process.argv.slice(2);
  const staticFailures: string[] = [];
  let staticPassed = 0;
  if (vitestArgs.length === 0) {
    for (const check of STATIC_CHECKS) {
      console.log(`--- ${check.name}`);
      if ((await runNpx(check.args)) === 0) staticPassed++;
      else staticFailures.push(`  ✗ ${check.name}`);
    }
  }
  const code = await runVitest(vitestArgs);

  if (!existsSync(reportPath)) {
    console.error(
      `\nvitest (exit ${code}) wrote no ${REPORT}: it failed before or while running the tests (see above).`,
    );
    console.log('0 passed, 1 failed');
    return code || 1;
  }

  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport;
  let passed = staticPassed;
  let failed = staticFailures.length;
  let skipped = 0;
  const failures: string[] = [...staticFailures];
  for (const file of report.testResults) {
    const rel = relative(ROOT, file.name);
    let fileFailed = 0;
    for (const t of file.assertionResults) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') {
        failed++;
        fileFailed++;
        failures.push(`  ✗ ${rel} > ${t.fullName}`);
      } else skipped++;
    }
    if (file.status === 'failed' && fileFailed === 0) {
      failed++; // the file itself failed (import error, hook error): count it once
      failures.push(`  ✗ ${rel} (file failed: ${file.message.split('\n')[0] || 'see output above'})`);
    }
  }

  const total = passed + failed + skipped;
  console.log('');
  if (failures.length) console.log(`Failed:\n${failures.join('\n')}`);
  if (code !== 0 && failed === 0) {
    failed = 1; // a red run never closes with `0 failed`
    console.log(
      `vitest exited with ${code} although no test failed (an unhandled error, or a global setup/teardown failure: see above); counted as 1 failed.`,
    );
  }
  if (total === 0) console.log('No tests ran.');
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

  if (code !== 0) return code;
  if (failed > 0 || !report.success) return 1;
  if (passed === staticPassed) return 1; // no test ran
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
