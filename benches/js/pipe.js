// Copies stdin to stdout.
process.stdin.pipe(process.stdout);
