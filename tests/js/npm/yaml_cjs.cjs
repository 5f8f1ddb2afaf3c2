const YAML = require('yaml');
console.log(YAML.parse('x: [1, 2]\ny: true').x.length, YAML.stringify([{ a: 1 }]).trim());
