// Opens /chat in headless Chromium (Microsoft's Web Chat, unmodified), waits for the greeting, types a message and
// then answers the bot's questions like an owner would — clicking suggested-action buttons where offered — until
// the bot quotes a ticket number. Usage: node webchat-conversation.mjs BASE_URL TEXT [websocket|polling]
import { launch, run } from './chromium.mjs';

const [baseUrl, text, transport] = process.argv.slice(2);
const timeout = 30_000;
const ticketPattern = /工单号\s*(\d{8}-\d{4})/;

const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const userBubbles = '.webchat__bubble--from-user .webchat__bubble__content';

/** What an owner answers to the bot's last question (null: nothing sensible to say). */
function answerFor(question) {
  if (/对吗|确认|提交/.test(question)) return '对';
  if (/后四位/.test(question)) return '跳过';
  if (/哪一户|几栋几单元|哪个位置|什么位置|在哪/.test(question)) return '3栋2单元1202';
  if (/什么时间/.test(question)) return '明天上午10点';
  if (/联系电话|手机号码|电话/.test(question)) return '13912345678';
  return null;
}

await run(async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const bots = () => page.locator(botBubbles);

    const started = Date.now();
    await page.goto(new URL('/chat' + (transport ? `?transport=${transport}` : ''), baseUrl).toString());
    const header = await page.locator('header.bar').innerText();
    await bots().first().waitFor({ timeout });
    const greeting = await bots().first().innerText();
    const suggestedActions = await page.locator('.webchat__suggested-action').allInnerTexts();

    /** Sends by typing, or by clicking the suggested-action button with that text; waits for the bot's answer. */
    async function say(message) {
      const before = await bots().count();
      const button = page.locator('.webchat__suggested-action').filter({ hasText: message });
      const clicked = await button.count() > 0;
      const sentAt = Date.now();
      if (clicked) {
        await button.first().click();
      } else {
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.click();
        await input.fill(message);
        await input.press('Enter');
      }
      await page.locator(userBubbles).filter({ hasText: message }).last().waitFor({ timeout });
      await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length > n, [botBubbles, before], { timeout });
      const replyMs = Date.now() - sentAt;
      await page.waitForTimeout(400); // a turn may send more than one message
      return { message, clicked, replyMs, replies: (await bots().allInnerTexts()).slice(before) };
    }

    const turns = [await say(text)];
    let ticketNumber = null;
    for (let step = 0; step < 8 && !ticketNumber; step++) {
      const last = turns[turns.length - 1].replies.join('\n');
      ticketNumber = (last.match(ticketPattern) || [])[1] || null;
      const answer = ticketNumber ? null : answerFor(last);
      if (!answer) break;
      turns.push(await say(answer));
    }
    ticketNumber ??= ((turns[turns.length - 1].replies.join('\n')).match(ticketPattern) || [])[1] || null;

    // Web Chat marks a message whose echo never came back as failed after its send timeout.
    const transcript = await page.locator('#webchat').innerText();
    const sendFailed = /发送失败|无法发送|Send failed/i.test(transcript);

    return {
      header, greeting, suggestedActions, turns, ticketNumber, sendFailed,
      clickedAButton: turns.some((t) => t.clicked), firstReplyMs: turns[0].replyMs,
      totalMs: Date.now() - started, consoleErrors
    };
  } finally {
    await browser.close();
  }
});
