// Watching outside the session's read roots is refused with EACCES, as every other
// fs call there; argv[2] is such a directory.
const fs = require('fs');

const outside = process.argv[2];
const clean = (text) => String(text).split(outside).join('<outside>');
try {
  fs.watch(outside, () => console.log('event'));
  console.log('fs.watch did not throw');
} catch (error) {
  console.log('fs.watch', error.code, clean(error.message), error.syscall);
}
(async () => {
  try {
    for await (const event of fs.promises.watch(outside)) console.log('event', event);
  } catch (error) {
    console.log('fs.promises.watch', error.code, clean(error.message));
  }
})();
