// One conversation of one Nextcloud: a Durable Object (named `<nextcloud>|<token>`) holding
// the conversation's jobs, settings and memory in its SQLite, and running its jobs in order
// from its alarm. Every rule is the engine's job machine (`nextcloud:talk-bot/job`); this
// object stores bytes, performs the actions the machine asks for and feeds back what came of
// them.
//
// Durability: `enqueue` commits the job before it returns, and the Worker answers Talk only
// then, so a 200 means the job is on disk. The job's bytes are committed before every request
// to Talk (a Durable Object's output gate holds the request until the write is durable), so a
// crash re-sends at most the request in flight, with the same `referenceId`. Alarms run at
// least once: one killed half-way runs again, and the job goes on from its last bytes.

import { DurableObject } from 'cloudflare:workers';
import { configure, component, now } from './engine.js';
import { askModel, callTool, talk } from './io.js';

/** A finished job's row (its dedup key) is kept this long: longer than the hour after which
 * the engine refuses a webhook as stale, so a replay is always a duplicate or stale. */
const KEEP_DONE_MS = 2 * 3_600_000;
/** An alarm starts no new job after this long; the next alarm goes on. */
const ALARM_BUDGET_MS = 60_000;
/** A job that failed outside the machine (storage) is tried again after this long. */
const RETRY_AFTER_ERROR_MS = 10_000;
/** With the variables broken, jobs wait this long before they are tried again. */
const UNCONFIGURED_RETRY_MS = 60_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dedup_key TEXT NOT NULL UNIQUE,
  job BLOB,
  received_at INTEGER NOT NULL,
  wake_at INTEGER NOT NULL DEFAULT 0,
  why TEXT,
  done_at INTEGER,
  outcome TEXT
);
CREATE INDEX IF NOT EXISTS pending ON jobs (seq) WHERE done_at IS NULL;
CREATE TABLE IF NOT EXISTS room (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memory (seq INTEGER PRIMARY KEY AUTOINCREMENT, turn TEXT NOT NULL);
`;

/** The bytes of a job as SQLite takes them. */
const blob = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

export class Conversation extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
    /** An alarm is working through the jobs (alarms of one object do not overlap it). */
    this.working = false;
  }

  /**
   * Store a job the engine admitted; `accepted`, or `duplicate` when its dedup key is known.
   * Returns only once the job is committed. `fromTalk`: a webhook's job (false for a
   * schedule's, which says nothing of whether the conversation still has the bot).
   */
  async enqueue(queued, fromTalk = true) {
    const inserted = this.sql.exec(
      `INSERT INTO jobs (dedup_key, job, received_at) VALUES (?, ?, ?)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING seq`,
      queued.dedupKey, blob(queued.job), Date.now(),
    ).toArray();
    if (inserted.length === 0) return 'duplicate';
    const { seq } = inserted[0];
    this.sql.exec(
      `INSERT INTO room (key, value) VALUES ('token', ?), ('backend', ?)
       ON CONFLICT (key) DO NOTHING`,
      queued.token, String(queued.backendIndex),
    );
    if (queued.overtakes) {
      // A Leave: what is still queued from before it is void; it runs next.
      this.drop(seq, 'dropped: the bot left the conversation');
    } else if (fromTalk) {
      // Talk sends webhooks only to bots enabled in the conversation: the alarm tells the
      // breaker, which lets jobs held on this conversation's 401s go.
      this.sql.exec(`INSERT INTO room (key, value) VALUES ('alive', ?)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value`, String(seq));
    }
    await this.ctx.storage.setAlarm(Date.now());
    return 'accepted';
  }

  async alarm() {
    if (this.working) {
      // The running pass takes new jobs as it goes; look again soon in case it just ended.
      await this.ctx.storage.setAlarm(Date.now() + 1000);
      return;
    }
    this.working = true;
    try {
      await this.work();
    } finally {
      this.working = false;
      await this.rearm();
    }
  }

  /** Run due jobs in order until none is due or the alarm's budget is spent. */
  async work() {
    const configured = await configure(this.env);
    if (configured.error) {
      console.error(`jobs wait: ${configured.error}`);
      this.sql.exec('UPDATE jobs SET wake_at = ? WHERE done_at IS NULL',
        Date.now() + UNCONFIGURED_RETRY_MS);
      return;
    }
    this.configured = configured;
    this.breakerUnreachable = false;
    try {
      await this.roomAlive();
    } catch (e) {
      this.breakerUnreachable = true;
      // The breaker's object could not be reached: told on the next pass; held jobs wait for
      // their next wake.
      console.error(`telling the 401 breaker of a webhook: ${e?.message ?? e}`);
    }
    const started = Date.now();
    while (Date.now() - started < ALARM_BUDGET_MS) {
      const head = this.sql.exec(
        'SELECT seq, dedup_key, job, wake_at FROM jobs WHERE done_at IS NULL ORDER BY seq LIMIT 1',
      ).toArray()[0];
      if (!head || head.wake_at > Date.now()) return;
      try {
        await this.run(head);
      } catch (e) {
        // Not the machine's doing (storage failed under it): the job's last bytes stay, and
        // this object's own alarm tries again, not the runtime's few retries.
        console.error(`job ${head.dedup_key}: ${e?.stack ?? e}; trying again in ${RETRY_AFTER_ERROR_MS} ms`);
        this.sql.exec('UPDATE jobs SET wake_at = ?, why = ? WHERE seq = ?',
          Date.now() + RETRY_AFTER_ERROR_MS, String(e?.message ?? e), head.seq);
        return;
      }
    }
  }

  /** A webhook came since the last pass: tell the breaker; release held jobs if it says so. */
  async roomAlive() {
    const alive = this.room('alive');
    if (alive === undefined) return;
    const token = this.room('token');
    const backend = Number(this.room('backend'));
    const verdict = await this.breaker(backend).step({ tag: 'room-alive', val: token }, this.configured.secret);
    if (verdict.tag === 'released' && verdict.val) {
      console.log(`a webhook came from conversation ${token}: the bot is enabled there again, so its jobs that waited on 401s go now`);
      this.sql.exec('UPDATE jobs SET wake_at = 0 WHERE done_at IS NULL');
    }
    // Told (unless another webhook came meanwhile: the next pass tells of it).
    this.sql.exec("DELETE FROM room WHERE key = 'alive' AND value = ?", alive);
  }

  /** Step one job until it is done, waits, or was voided by a Leave. */
  async run(head) {
    const { bot } = this.configured;
    const key = head.dedup_key;
    let job = new Uint8Array(head.job);
    let input = { tag: 'run' };
    for (;;) {
      let step;
      try {
        step = bot.step(job, input, now());
      } catch (e) {
        const why = `the job cannot go on: ${e?.payload?.val ?? e}`;
        console.error(`job ${key}: ${why}`);
        this.finish(head.seq, why);
        return;
      }
      job = step.job;
      if (step.log !== undefined) console.log(`job ${key}: ${step.log}`);
      const action = step.action;
      switch (action.tag) {
        case 'send':
          // Commit before the request leaves: a restart then knows it may have gone out.
          if (!this.save(head.seq, job)) return;
          input = { tag: 'talk-answered', val: await talk(action.val) };
          break;
        case 'call-tool':
          // Recorded before it is made: after a restart the call's outcome is unknown.
          if (!this.save(head.seq, job)) return;
          input = await callTool(action.val);
          break;
        case 'sleep-until': {
          const { at, why } = action.val;
          console.log(`job ${key}: waiting ${at - now()} ms: ${why}`);
          this.sql.exec(
            'UPDATE jobs SET job = ?, wake_at = ?, why = ? WHERE seq = ? AND done_at IS NULL',
            blob(job), Number(at), why, head.seq,
          );
          return;
        }
        case 'done': {
          const outcome = action.val;
          const text = outcome.val === undefined ? outcome.tag : `${outcome.tag}: ${outcome.val}`;
          if (outcome.tag === 'failed' || outcome.tag === 'failure-reply') {
            console.error(`job ${key}: ${text}`);
          }
          this.finish(head.seq, text);
          return;
        }
        default:
          input = await this.perform(action, head.seq);
      }
      // A Leave that came meanwhile voided this job: nothing more is sent for it.
      if (this.voided(head.seq)) return;
    }
  }

  /** Perform an action other than send, sleep and done; the machine's next input. */
  async perform(action, seq) {
    switch (action.tag) {
      case 'load-settings':
        return this.store(() => ({ tag: 'settings', val: JSON.parse(this.room('settings') ?? '{}') }));
      case 'load-memory':
        return this.store(() => ({
          tag: 'memory',
          // A turn stored before `asker` existed has none: ''.
          val: this.sql.exec('SELECT turn FROM memory ORDER BY seq').toArray()
            .map((row) => ({ asker: '', ...JSON.parse(row.turn) })),
        }));
      case 'store-settings': {
        const [backend, token, settings] = action.val;
        const stored = this.store(() => {
          this.sql.exec(`INSERT INTO room (key, value) VALUES ('settings', ?)
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
            JSON.stringify(settings));
        });
        if (stored.tag !== 'stored') return stored;
        // The schedules' clock keeps every conversation's schedules made from the chat. Told
        // after the commit; if it cannot be told, the machine stores (and tells) again.
        return this.tellSchedules(backend, token, settings.schedules);
      }
      case 'erase': {
        // Finished jobs keep no bytes here (`finish`): the memory is all there is to erase.
        const { questions } = action.val;
        return this.store(() => {
          if (questions === undefined) {
            this.sql.exec('DELETE FROM memory');
            return;
          }
          const gone = new Set(questions);
          for (const row of this.sql.exec('SELECT seq, turn FROM memory').toArray()) {
            if (gone.has(JSON.parse(row.turn).messageId)) {
              this.sql.exec('DELETE FROM memory WHERE seq = ?', row.seq);
            }
          }
        });
      }
      case 'remember': {
        const [, turns, keep] = action.val;
        return this.store(() => {
          for (const turn of turns) {
            this.sql.exec('INSERT INTO memory (turn) VALUES (?)', JSON.stringify(turn));
          }
          this.sql.exec(
            'DELETE FROM memory WHERE seq NOT IN (SELECT seq FROM memory ORDER BY seq DESC LIMIT ?)',
            keep,
          );
        });
      }
      case 'forget': {
        const [backend, token] = action.val;
        const stored = this.store(() => {
          this.sql.exec("DELETE FROM room WHERE key = 'settings'");
          this.sql.exec('DELETE FROM memory');
          this.drop(seq, 'dropped: the bot left the conversation');
        });
        if (stored.tag !== 'stored') return stored;
        return this.tellSchedules(backend, token, undefined);
      }
      case 'ask-model': {
        const { engine } = await component();
        return askModel(action.val, Number(engine.defaults().maxModelAnswerBytes), now);
      }
      case 'run-responder':
        // The Worker runs no responders of its own: only the models and the echo.
        return {
          tag: 'responder-failed',
          val: [{ kind: 'failed', reason: `the Worker runs no responder ${action.val.responder}` }, undefined],
        };
      case 'ask-breaker': {
        const [backend, event] = action.val;
        let verdict;
        try {
          verdict = await this.breaker(backend).step(event, this.configured.secret);
        } catch (e) {
          verdict = { tag: 'clearance', val: { tag: 'hold', val: `the 401 breaker cannot be reached: ${e}` } };
        }
        if (verdict.tag === 'locked' && verdict.val) {
          console.error(`Nextcloud's brute-force protection locked this address out after 401s (429 for every bot request): nothing is sent to ${this.configured.nextclouds[backend]} until the lock ends; \`occ security:bruteforce:reset <ip>\` ends it now`);
        }
        return { tag: 'breaker', val: verdict };
      }
      default:
        throw new Error(`unknown action ${action.tag}`);
    }
  }

  /** A store action in one transaction: `stored` (or its value), or `unavailable` saying why. */
  store(write) {
    try {
      return this.ctx.storage.transactionSync(write) ?? { tag: 'stored' };
    } catch (e) {
      return { tag: 'unavailable', val: String(e?.message ?? e) };
    }
  }

  /** Hand this conversation's schedules (the engine's text; undefined: none) to the clock. */
  async tellSchedules(backend, token, schedules) {
    try {
      const nextcloud = this.configured.nextclouds[backend];
      await this.env.SCHEDULES.getByName('schedules')
        .register(`${nextcloud}|${token}`, backend, token, schedules ?? null);
      return { tag: 'stored' };
    } catch (e) {
      return { tag: 'unavailable', val: `the schedules' clock: ${e?.message ?? e}` };
    }
  }

  /** Keep the job's bytes; false when the job is no longer pending (a Leave voided it). */
  save(seq, job) {
    return this.sql.exec('UPDATE jobs SET job = ? WHERE seq = ? AND done_at IS NULL', blob(job), seq)
      .rowsWritten > 0;
  }

  voided(seq) {
    return this.sql.exec('SELECT done_at FROM jobs WHERE seq = ?', seq).one().done_at !== null;
  }

  /** The job is over: its bytes go, its row stays as the dedup record for a while. */
  finish(seq, outcome) {
    this.sql.exec('UPDATE jobs SET job = NULL, done_at = ?, outcome = ? WHERE seq = ?',
      Date.now(), outcome, seq);
  }

  /** Void the pending jobs queued before `seq`. */
  drop(seq, why) {
    this.sql.exec('UPDATE jobs SET job = NULL, done_at = ?, outcome = ? WHERE seq < ? AND done_at IS NULL',
      Date.now(), why, seq);
  }

  room(key) {
    return this.sql.exec('SELECT value FROM room WHERE key = ?', key).toArray()[0]?.value;
  }

  /** The 401 breaker of backend `index` (one object per Nextcloud). */
  breaker(index) {
    return this.env.BREAKERS.getByName(`breaker|${this.configured.nextclouds[index]}`);
  }

  /** Set the alarm for the next due job, or for clearing old dedup records; none if neither. */
  async rearm() {
    this.sql.exec('DELETE FROM jobs WHERE done_at IS NOT NULL AND done_at < ?', Date.now() - KEEP_DONE_MS);
    const next = this.sql.exec(
      'SELECT wake_at FROM jobs WHERE done_at IS NULL ORDER BY seq LIMIT 1',
    ).toArray()[0]?.wake_at;
    const purge = this.sql.exec('SELECT min(done_at) AS at FROM jobs WHERE done_at IS NOT NULL')
      .one().at;
    // A webhook came while a pass ran: the breaker hears of it now (it may release the head).
    // (Not again at once when the breaker could not be reached: the next wake tells it.)
    const alive = next !== undefined && this.room('alive') !== undefined && !this.breakerUnreachable;
    const at = alive ? Date.now() : next ?? (purge === null ? null : purge + KEEP_DONE_MS);
    if (at === null || at === undefined) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(Math.max(at, Date.now()));
  }
}
