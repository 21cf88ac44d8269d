import { run } from './cli/main.js';

// `podlab validate --json | head -1` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// The only place that ends the process. Node exits by itself once output is flushed.
process.exitCode = await run(process.argv.slice(2));
