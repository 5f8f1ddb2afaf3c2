const error = new TypeError('bad input');
error.code = 'E_BAD';
error.details = { field: 'name' };
setTimeout(() => {
  throw error;
}, 1);
