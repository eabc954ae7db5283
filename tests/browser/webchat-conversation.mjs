// Opens /chat in headless Chromium (Microsoft's Web Chat, unmodified), waits for the greeting, types a message,
// and waits for the bot's answer (after first clicking a suggested-action button). Usage: node webchat-conversation.mjs BASE_URL TEXT [transport]
import { launch, run } from './chromium.mjs';

const [baseUrl, text, transport] = process.argv.slice(2);
const timeout = 30_000;

const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const userBubbles = '.webchat__bubble--from-user .webchat__bubble__content';

await run(async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    const started = Date.now();
    await page.goto(new URL('/chat' + (transport ? `?transport=${transport}` : ''), baseUrl).toString());
    const header = await page.locator('header.bar').innerText();

    await page.locator(botBubbles).first().waitFor({ timeout });
    const greeting = await page.locator(botBubbles).first().innerText();
    const suggestedActions = await page.locator('.webchat__suggested-actions button, .webchat__suggested-action').allInnerTexts();

    // Suggested actions are buttons that send their value as the user's text.
    const buttons = page.locator('.webchat__suggested-action');
    let clicked = null;
    let clickReply = null;
    if (await buttons.count() > 0) {
      const beforeClick = await page.locator(botBubbles).count();
      const button = buttons.filter({ hasText: '物业费' }).first();
      clicked = (await button.innerText()).trim();
      await button.click();
      await page.locator(userBubbles).filter({ hasText: clicked }).waitFor({ timeout });
      await page.waitForFunction(
        ([selector, count]) => document.querySelectorAll(selector).length > count,
        [botBubbles, beforeClick],
        { timeout });
      clickReply = (await page.locator(botBubbles).allInnerTexts()).slice(beforeClick).join('\n');
    }

    const before = await page.locator(botBubbles).count();
    const input = page.locator('.webchat__send-box-text-box__input');
    await input.click();
    await input.fill(text);
    const sentAt = Date.now();
    await input.press('Enter');
    await page.locator(userBubbles).filter({ hasText: text }).waitFor({ timeout });
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length > count,
      [botBubbles, before],
      { timeout });
    const replyMs = Date.now() - sentAt;
    // Give a second reply (a ticket confirmation after an acknowledgement) a moment to arrive.
    await page.waitForTimeout(500);
    const replies = (await page.locator(botBubbles).allInnerTexts()).slice(before);

    // Web Chat marks a message whose echo never came back as failed after its send timeout.
    const transcript = await page.locator('#webchat').innerText();
    const sendFailed = /发送失败|无法发送|Send failed/i.test(transcript);

    return {
      header, greeting, suggestedActions, replies, replyMs, sendFailed, clicked, clickReply,
      totalMs: Date.now() - started, consoleErrors
    };
  } finally {
    await browser.close();
  }
});
