import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { planMeeting, registerCase } from '../e2e/support/app';
import { boardStatus, connect } from '../e2e/board/steps';
import { createAccountSession, setupFirstAccount } from '../support/accounts';
import { startBoardServer } from '../support/boardServer';
import { profiledWhen } from './cpuProfile';
import { timeKeystrokes } from './keystrokes';
import { typingResults, type BenchResult } from './results';

const meetingTitle = 'Benchmarkvergadering samen typen';
const sentence = 'Het adviesorgaan adviseert de proef te beperken tot zes maanden en dan te evalueren. ';
const otherSentence = 'Bram vraagt wie de beelden mag zien en hoe lang ze worden bewaard. ';

const notes = (page: Page) => page.locator('.notes-pane .ProseMirror');

async function openMeetingMode(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Vergaderingen' }).click();
  await page.getByRole('link', { name: meetingTitle }).click({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Vergadermodus' }).click();
  await notes(page).waitFor({ timeout: 30_000 });
}

async function connected(page: Page, address: string, email: string): Promise<void> {
  await connect(page, address, { method: 'login', email });
  await boardStatus(page).and(page.locator('[data-board-status="connected"]')).waitFor({ timeout: 30_000 });
}

/**
 * Typing with collaboration on (issue 13: within today's budget, median ≤ 16
 * ms and p95 ≤ 33 ms): two members in the real app, signed in to the real
 * board server on 127.0.0.1, have the same note open in meeting mode; while
 * the second types at its start, the first types at its end, and each of the
 * first's keystrokes is timed from the key to the paint after it, with the
 * second's letters arriving in between. With BENCH_PROFILE, the first's CPU
 * profile over the typing is written to `outFolder`.
 */
export async function benchCoTyping(appUrl: string, outFolder: string): Promise<BenchResult[]> {
  const server = await startBoardServer();
  const profiles: Profile[] = [];
  try {
    if (server.setupCode === null) throw new Error('a fresh board server printed no setup code');
    const secretary = await setupFirstAccount(server.httpUrl, server.setupCode);
    const member = await createAccountSession(server.httpUrl, secretary, { role: 'lid' });
    const open = async () => {
      const profile = new Profile(appUrl);
      profiles.push(profile);
      const page = await profile.open();
      await page.goto(appUrl);
      return page;
    };
    const anna = await open();
    const bram = await open();
    await connected(anna, server.url, secretary.account.email);
    await connected(bram, server.url, member.account.email);
    await anna.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(anna, { title: 'Camera’s bij de ingang', question: 'Mag dit?', owner: 'P. de Boer' });
    await planMeeting(anna, meetingTitle, ['ingang']);
    await openMeetingMode(anna);
    await openMeetingMode(bram);

    await notes(anna).click();
    await anna.keyboard.type('Anna begint. ');
    await notes(bram).getByText('Anna begint.').waitFor({ timeout: 30_000 });
    await notes(bram).click();
    await bram.keyboard.press('Control+Home');
    await notes(anna).click();
    await anna.keyboard.press('Control+End');
    const timed = await timeKeystrokes(anna);
    await profiledWhen(anna, join(outFolder, 'typing-collab.cpuprofile'), async () => {
      await Promise.all([anna.keyboard.type(sentence.repeat(2), { delay: 60 }), bram.keyboard.type(otherSentence.repeat(2), { delay: 80 })]);
      await anna.waitForTimeout(500);
    });
    const latencies = await timed.keystrokes();
    // What the other typed must have reached this note, or the figure is of typing alone.
    await notes(anna).getByText(otherSentence.repeat(2).trim()).waitFor({ timeout: 30_000 });
    return typingResults('typingCollab', latencies);
  } finally {
    for (const profile of profiles) {
      await profile.close();
      profile.dispose();
    }
    await server.stop();
  }
}
