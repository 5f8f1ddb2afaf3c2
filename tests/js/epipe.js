// Writes lines until the reader goes away: like Node, the EPIPE is an uncaught
// error on process.stdout, and the session exits 1.
let i = 0;
function tick() { console.log("line", ++i); if (i < 200000) setImmediate(tick); }
tick();
