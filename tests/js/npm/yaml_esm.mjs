import YAML from 'yaml';
import { parseDocument } from 'yaml';
const doc = parseDocument('a: 1\nlist:\n  - x\n  - y\nnested: { k: v }\n');
console.log(JSON.stringify(doc.toJS()), YAML.stringify({ b: [1, 2], c: { d: 'e' } }).trim());
