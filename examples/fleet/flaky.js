// Fails on its first two attempts, then succeeds; counts attempts in state/attempts.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'state', 'attempts');
fs.mkdirSync(path.dirname(file), { recursive: true });
const attempt = (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0) + 1;
if (attempt >= 3) fs.rmSync(file);
else fs.writeFileSync(file, String(attempt));
console.log(`attempt ${attempt}`);
if (attempt < 3) throw new Error(`attempt ${attempt} failed`);
console.log('succeeded');
