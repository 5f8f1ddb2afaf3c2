// A TUI-style render loop: every render schedules the next one with nextTick, so the
// tick queue never empties. Signals must still get through.
let renders = 0;
process.on('SIGINT', () => {
  console.log('SIGINT handled after renders:', renders > 1000);
  process.exit(0);
});
function requestRender() {
  process.nextTick(doRender);
}
function doRender() {
  renders++;
  requestRender();
}
console.log('ready');
requestRender();
