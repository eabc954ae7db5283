// DirectLineJS (the client inside Web Chat, from node_modules) over the WebSocket stream, in headless Chromium:
// gets a token from /chat/token, connects, posts a message, and reports the echo and the bot's reply.
// Usage: node directlinejs-websocket.mjs BASE_URL TEXT
import { launch, nodeModule, run } from './chromium.mjs';

const [baseUrl, text] = process.argv.slice(2);

await run(async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/healthz', baseUrl).toString());
    await page.addScriptTag({ path: nodeModule('botframework-directlinejs/dist/directline.js') });
    return await page.evaluate(async (message) => {
      const session = await (await fetch('/chat/token', { method: 'POST' })).json();
      const directLine = new window.DirectLine.DirectLine({
        domain: location.origin + '/v3/directline',
        token: session.token,
        webSocket: true
      });
      const statuses = [];
      directLine.connectionStatus$.subscribe((s) => statuses.push(s));
      const activities = [];
      const finished = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no reply within 20 s; saw ' + JSON.stringify(activities))), 20000);
        directLine.activity$.subscribe((a) => {
          activities.push(a);
          const echo = activities.find((x) => x.from.id === session.userId && x.text === message);
          if (echo && activities.some((x) => x.from.role === 'bot' && x.replyToId === echo.id)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const postedId = await new Promise((resolve, reject) => directLine.postActivity({
        type: 'message', from: { id: 'someone-else', name: '业主' }, text: message,
        channelData: { clientActivityID: 'djs-1' }
      }).subscribe(resolve, reject));
      await finished;
      directLine.end();
      const echo = activities.find((x) => x.text === message);
      const reply = activities.find((x) => x.from.role === 'bot' && x.replyToId === echo.id);
      return {
        userId: session.userId, postedId, statuses,
        echo: { id: echo.id, from: echo.from.id, clientActivityID: echo.channelData && echo.channelData.clientActivityID },
        reply: reply && reply.text,
        greeting: activities[0] && activities[0].text,
        count: activities.length
      };
    }, text);
  } finally {
    await browser.close();
  }
});
