// The schedules' clock: one object for the whole Worker. Its alarm asks the engine which
// occurrences are due since its last look (`bot.due`), hands each occurrence's job to its
// conversation's object — which stores it once, keyed by the occurrence, so a look repeated
// after a crash stores nothing new — then keeps the time looked and sets the alarm for the next
// occurrence (`bot.next-due`). A webhook, and on Cloudflare the Worker's cron trigger, make
// sure the alarm is set. Which times, which grace and what is posted are the engine's rules.

import { DurableObject } from 'cloudflare:workers';
import { configure, now } from './engine.js';

/** Look at least this often (a clock that jumps, a deployment that changed the schedules). */
const LOOK_AT_LEAST_EVERY_MS = 60_000;
/** After a failed look (a conversation's object unreachable), look again this soon. */
const RETRY_MS = 10_000;

export class Schedules extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`
      CREATE TABLE IF NOT EXISTS clock (name TEXT PRIMARY KEY, at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS rooms (
        key TEXT PRIMARY KEY, backend INTEGER NOT NULL, token TEXT NOT NULL, schedules TEXT NOT NULL
      );`);
  }

  /**
   * A conversation's schedules made from the chat changed (`schedules`: the engine's text, null
   * when none are left): keep them, and look again now.
   */
  async register(key, backend, token, schedules) {
    if (schedules === null) {
      this.sql.exec('DELETE FROM rooms WHERE key = ?', key);
    } else {
      this.sql.exec(
        `INSERT INTO rooms (key, backend, token, schedules) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET schedules = excluded.schedules`,
        key, backend, token, schedules,
      );
    }
    await this.ctx.storage.setAlarm(Date.now());
  }

  /** Set the alarm when none is set (the first webhook after a deployment, the cron trigger). */
  async ensure() {
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now());
  }

  async alarm() {
    const configured = await configure(this.env);
    if (configured.error) {
      console.error(`schedules: ${configured.error}`);
      await this.ctx.storage.setAlarm(Date.now() + LOOK_AT_LEAST_EVERY_MS);
      return;
    }
    const { bot, nextclouds } = configured;
    const t = now();
    const kept = this.sql.exec("SELECT at FROM clock WHERE name = 'schedules'").toArray()[0];
    const rooms = this.sql.exec('SELECT backend, token, schedules FROM rooms').toArray()
      .map((r) => ({ backendIndex: r.backend, token: r.token, schedules: r.schedules }));
    const due = bot.due(kept === undefined ? undefined : BigInt(kept.at), t, rooms);
    for (const line of due.missed) console.warn(line);
    try {
      for (const queued of due.jobs) {
        const conversation = this.env.CONVERSATIONS.getByName(
          `${nextclouds[queued.backendIndex]}|${queued.token}`,
        );
        if ((await conversation.enqueue(queued, false)) === 'accepted') {
          console.log(`job ${queued.dedupKey}: scheduled message due`);
        }
      }
    } catch (e) {
      // The last look stays where it was: the next one hands these over again.
      console.error(`schedules: ${e?.message ?? e}; looking again in ${RETRY_MS} ms`);
      await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
      return;
    }
    this.sql.exec(
      `INSERT INTO clock (name, at) VALUES ('schedules', ?)
       ON CONFLICT (name) DO UPDATE SET at = excluded.at`,
      Number(t),
    );
    const next = bot.nextDue(t, rooms);
    if (next === undefined) return;
    await this.ctx.storage.setAlarm(Math.min(Number(next), Date.now() + LOOK_AT_LEAST_EVERY_MS));
  }
}
