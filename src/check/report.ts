import { formatProblem, type Problem } from '../model/problems.ts';

/**
 * Runs the content check and prints its result for a person: one line per problem and that
 * nothing was built, or a sentence if the check itself stopped (CHECK_DEBUG=1 shows where).
 * Never a bare stack. Returns whether the content is valid.
 */
export function reportProblems(check: () => readonly Problem[], done: string): boolean {
  let problems: readonly Problem[];
  try {
    problems = check();
  } catch (error) {
    console.error(`The content could not be checked, so nothing was built: ${String((error as Error).message).split('\n')[0]}`);
    if (process.env['CHECK_DEBUG']) console.error(error);
    else console.error('Run with CHECK_DEBUG=1 to see where the check stopped.');
    return false;
  }
  if (problems.length > 0) {
    console.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:`);
    for (const p of problems) console.error(`- ${formatProblem(p)}`);
    return false;
  }
  console.log(`Content ${done}: no problems.`);
  return true;
}
