// Processes a few "jobs", one every 50 ms.
const replica = process.env.CORRAL_REPLICA;
const jobs = Number(process.env.JOBS);
let done = 0;
const timer = setInterval(() => {
  console.log(`replica ${replica} finished job ${++done} of ${jobs}`);
  if (done === jobs) clearInterval(timer);
}, 50);
