console.log(process.argv.slice(1));
console.log(process.argv[0] === process.execPath, typeof process.execPath);
console.log(JSON.stringify(process.env));
process.exitCode = 3;
