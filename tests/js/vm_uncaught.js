// An error thrown by vm code and never caught: its source line is shown once.
require('vm').runInNewContext('let a = 1;\nthrow new RangeError("out of range " + a)', {}, 'thrower.vm');
