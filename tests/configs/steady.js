// Prints "start" and then runs until told to stop (SIGTERM ends it by default).
console.log(`${process.argv[2] ?? 'steady'} start`);
setInterval(() => {}, 1000);
