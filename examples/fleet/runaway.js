// Never yields; the supervisor's CPU limit ends it.
console.log('spinning');
for (;;) {}
