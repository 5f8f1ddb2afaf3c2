// Reading stdin in each of Node's styles.
const mode = process.argv[2];
const log = (...args) => console.log(...args);
const stdin = process.stdin;

if (mode === 'data') {
  let total = '';
  stdin.on('data', (chunk) => {
    total += chunk;
  });
  stdin.on('end', () => log('end', JSON.stringify(total), Buffer.isBuffer(Buffer.from(total))));
} else if (mode === 'readable') {
  let total = 0;
  stdin.on('readable', () => {
    let chunk;
    while ((chunk = stdin.read()) !== null) total += chunk.length;
  });
  stdin.on('end', () => log('bytes', total));
} else if (mode === 'for-await') {
  (async () => {
    const chunks = [];
    for await (const chunk of stdin) chunks.push(chunk);
    log('lines', Buffer.concat(chunks).toString().trim().split('\n'));
  })();
} else if (mode === 'encoding') {
  stdin.setEncoding('utf8');
  let text = '';
  stdin.on('data', (chunk) => {
    if (typeof chunk !== 'string') log('not a string!');
    text += chunk;
  });
  stdin.on('end', () => log('text', text, [...text].length));
} else if (mode === 'pause') {
  let chunks = 0;
  let paused = false;
  stdin.on('data', () => {
    chunks++;
    if (!paused) {
      paused = true;
      stdin.pause();
      log('paused', stdin.isPaused());
      setTimeout(() => {
        log('resuming');
        stdin.resume();
      }, 20);
    }
  });
  stdin.on('end', () => log('end after resume', chunks > 0));
} else if (mode === 'empty-resume') {
  stdin.on('end', () => log('end of empty stdin'));
  stdin.resume();
} else if (mode === 'unread') {
  log('stdin is never read; the session ends anyway');
} else if (mode === 'tty') {
  log('isTTY', stdin.isTTY, process.stdout.isTTY);
  try {
    stdin.setRawMode(true);
  } catch (error) {
    log(error.name, error.message);
  }
}
