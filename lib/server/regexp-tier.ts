import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression straight to machine code at its first use. By default V8 first compiles
 * it to bytecode and compiles it again to machine code once it runs a second time. The claim patterns are large
 * (up to 9 000 characters each, with the unit and time grammars inside them), so the bytecode step is the slow one.
 * `claims` on a 3 KB text took 5,0–5,6 s before this and takes 2,6 s after, measured with `/usr/bin/time` on
 * this machine; about 2 s of the 5 went to compiling regular expressions. Matching gives the same results either
 * way: only when the patterns are compiled changes.
 *
 * The flag is for the whole process, so worker threads started after this call use it too. Call it at a
 * process's start (the CLIs, the server's `register()`, the test setup), before the first claim is read:
 * patterns compiled before the call keep their bytecode.
 *
 * @example
 * compileRegExpsToMachineCode(); // then: runClaimsCli(process.argv.slice(2), io)
 */
export function compileRegExpsToMachineCode(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
