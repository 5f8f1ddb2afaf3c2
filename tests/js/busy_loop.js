// Never yields at all; only termination can stop it.
console.log('ready');
for (;;) {}
