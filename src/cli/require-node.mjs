// Plain JavaScript any Node can parse, so an old Node gets one clear line instead of a stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Công khai 57 needs Node.js >= 22.12 (this is ${process.versions.node}). Install it with "npm install --prefix ~/.node24 node@24" and put ~/.node24/node_modules/.bin first on your PATH, or use nvm ("nvm use", see .nvmrc).`,
  );
  process.exit(1);
}
