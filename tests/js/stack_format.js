// error.stack is formatted when first read: its header shows the message as it is then.
const late = new Error();
late.message = 'set later';
console.log(late.stack.split('\n')[0]);
try {
  Buffer.alloc(2).readUInt8(5);
} catch (error) {
  console.log(error.stack.split('\n')[0]);
}
Error.prepareStackTrace = (error, sites) => `custom: ${error.message} (${sites.length > 0})`;
console.log(new Error('formatted by the program').stack);
Error.prepareStackTrace = undefined;
console.log(new TypeError('back to normal').stack.split('\n')[0]);
