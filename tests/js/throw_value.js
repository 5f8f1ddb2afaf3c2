process.on('exit', (code) => console.log('exit', code));
throw { reason: 'not an error', code: 7 };
