// corral run examples/hello.js [NAME]
const name = process.argv[2] ?? 'world';
console.log(`Hello, ${name}!`);
