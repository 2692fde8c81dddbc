// Starts the telegram-test-api Bot API emulator on 127.0.0.1:PORT (argv[2]).
// Prints "READY <port>" once listening; exits when stdin closes (the test process is gone)
// or on SIGTERM, so a crashed test run never leaves it behind.
const api = require('telegram-test-api');

const TelegramServer = api.TelegramServer || api.default || api;

const port = Number(process.argv[2]);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });

async function stop() {
  try {
    await server.stop();
  } finally {
    process.exit(0);
  }
}

server.start().then(
  () => console.log(`READY ${port}`),
  (error) => {
    console.error(`emulator failed to start: ${error}`);
    process.exit(1);
  },
);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
