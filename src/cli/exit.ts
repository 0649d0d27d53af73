/**
 * Exit once everything written has left the process. process.exit() drops output still queued for
 * a pipe, so "every problem listed at once" lost its last few hundred lines when piped into less or
 * grep. An empty write's callback runs after every earlier write to that stream has been flushed.
 */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

export async function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
