//! The webhook bodies being read now, and the memory they may hold.
//!
//! Every body may buffer [`FREE_BODY_BYTES`] (a Talk webhook is a few KiB: a message of up to
//! some 15,000 ASCII characters never waits for room); beyond that it draws from a budget shared by all requests (`max_buffered_bytes`),
//! held until its request ends. A body with a well-formed but bogus signature can be refused
//! only once all of it is read (the signature covers the whole body), so a flood of slow
//! uploads could hold the whole budget and leave Talk's large webhook (a 448 KB message:
//! Talk escapes every non-ASCII character) with a 503 — a lost message, since Talk never
//! retries.
//!
//! So when the budget runs out, a body may take the room of another, which is cut with a 503
//! and hands its share over at once:
//! - a body from a peer that holds less of the budget than another peer takes it from the
//!   peer that holds the most (Talk's server is one peer, a flood comes from others: it cannot
//!   hold Talk out). Such a body waits up to [`ROOM_WAIT`] for a body to cut;
//! - otherwise (behind a proxy every body comes from one peer) a body takes the room of one
//!   arriving at a quarter of its speed or less (Talk sends a body at once, from its own
//!   server or from a proxy that buffered it), or gets the 503 at once.
//!
//! Only a body that has been arriving for [`SETTLED`] ([`SETTLED_FOR_SPEED`] for the second
//! rule) can be cut: a young one has not shown its speed, and Talk's is done by then. When every connection slot is taken by requests in
//! progress, the slowest body is cut the same way to make room for a new connection
//! ([`Bodies::cut_slowest`]). The bookkeeping is per peer and per holder, so refusing a flood
//! costs little: only bodies holding budget are looked at (at most the budget over 64 KiB).

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::BodyExt;
use hyper::body::{Bytes, Incoming};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, oneshot};

/// Body bytes every request may buffer outside the shared budget.
pub(super) const FREE_BODY_BYTES: usize = 16 << 10;
/// The budget is counted in units of this many bytes.
const UNIT: usize = 1024;
/// How long a body must have been arriving before a body from a peer holding less may cut it.
const SETTLED: Duration = Duration::from_millis(250);
/// How long a body must have been arriving before a faster body from its own peer may cut it
/// (longer: a flood's own bodies, each fast at first, must not keep cutting each other young).
const SETTLED_FOR_SPEED: Duration = Duration::from_secs(1);
/// How long a body waits for room in the budget before its request is answered 503.
const ROOM_WAIT: Duration = Duration::from_secs(2);
/// A body is cut for a faster one only when it arrives this many times slower.
const SLOWER: u64 = 4;

/// What reading a webhook body can end in, besides its bytes.
pub(super) enum BodyError {
    /// More than the limit.
    TooLarge,
    /// Not all of it within the read timeout.
    Timeout,
    /// No room in the budget (every byte of it held by bodies at least as fast).
    Busy,
    /// Cut to make room for a faster body or a new connection.
    Cut,
    /// The connection failed mid-body.
    Broken(String),
}

/// One body being read: whose, how far it got, what it holds, and how to cut it.
struct Reader {
    peer: IpAddr,
    started: Instant,
    received: AtomicU64,
    /// Bytes of the budget held.
    held: AtomicU64,
    cut: AtomicBool,
    cut_notify: Notify,
    /// Where a cut body hands its share of the budget (to the body that cut it).
    heir: Mutex<Option<oneshot::Sender<OwnedSemaphorePermit>>>,
}

impl Reader {
    /// Bytes per second so far (`None` until it has been arriving for [`SETTLED`]).
    fn settled_rate(&self, now: Instant) -> Option<u64> {
        let elapsed = now.duration_since(self.started);
        (elapsed >= SETTLED).then(|| rate(self.received.load(Ordering::Relaxed), elapsed))
    }

    fn cut(&self) {
        self.cut.store(true, Ordering::Relaxed);
        self.cut_notify.notify_one();
    }
}

/// The peer a body counts against: its IP address, an IPv6 one by its /64 (what one host is
/// usually given).
fn peer_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        },
        v4 => v4,
    }
}

fn rate(bytes: u64, elapsed: Duration) -> u64 {
    bytes.saturating_mul(1000) / (elapsed.as_millis() as u64).max(1)
}

/// Who is reading what.
#[derive(Default)]
struct Registry {
    /// Every body being read.
    readers: BTreeMap<u64, Arc<Reader>>,
    /// The bodies holding budget.
    holders: BTreeMap<u64, Arc<Reader>>,
    /// Bytes of budget held, per peer.
    holdings: HashMap<IpAddr, u64>,
}

impl Registry {
    /// Record that body `id` now holds `bytes`.
    fn set_held(&mut self, id: u64, reader: &Arc<Reader>, bytes: u64) {
        let before = reader.held.swap(bytes, Ordering::Relaxed);
        let peer = self.holdings.entry(reader.peer).or_default();
        *peer = (*peer + bytes).saturating_sub(before);
        if *peer == 0 {
            self.holdings.remove(&reader.peer);
        }
        if bytes > 0 {
            self.holders.insert(id, reader.clone());
        } else {
            self.holders.remove(&id);
        }
    }
}

/// Every body being read, and the shared budget.
pub(super) struct Bodies {
    budget: Arc<Semaphore>,
    registry: Mutex<Registry>,
    next: AtomicU64,
    /// Signalled whenever a body ends and gives its budget back.
    released: Notify,
}

/// A body read in full; holds its share of the budget until dropped (when the request ends).
pub(super) struct Reading {
    bodies: Arc<Bodies>,
    id: u64,
    reader: Arc<Reader>,
    permit: Option<OwnedSemaphorePermit>,
}

impl Drop for Reading {
    fn drop(&mut self) {
        let mut registry = self.bodies.registry();
        registry.readers.remove(&self.id);
        registry.set_held(self.id, &self.reader, 0);
        drop(registry);
        if self.permit.take().is_some() {
            self.bodies.released.notify_waiters();
        }
    }
}

impl Bodies {
    /// A budget of `bytes` (at least one body of `max_body` beyond the free part).
    pub(super) fn new(bytes: u64, max_body: u64) -> Arc<Self> {
        let units = (bytes.max(max_body) / UNIT as u64).clamp(1, u64::from(u32::MAX >> 3));
        Arc::new(Self {
            budget: Arc::new(Semaphore::new(units as usize)),
            registry: Mutex::default(),
            next: AtomicU64::new(0),
            released: Notify::new(),
        })
    }

    fn registry(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Read a body of at most `limit` bytes from `peer` within `timeout`.
    pub(super) async fn read(
        self: &Arc<Self>,
        body: Incoming,
        peer: IpAddr,
        limit: u64,
        timeout: Duration,
    ) -> Result<(Bytes, Reading), BodyError> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let me = Arc::new(Reader {
            peer: peer_of(peer),
            started: Instant::now(),
            received: AtomicU64::new(0),
            held: AtomicU64::new(0),
            cut: AtomicBool::new(false),
            cut_notify: Notify::new(),
            heir: Mutex::new(None),
        });
        self.registry().readers.insert(id, me.clone());
        let mut reading = Reading {
            bodies: self.clone(),
            id,
            reader: me.clone(),
            permit: None,
        };
        let read = async {
            let mut body = std::pin::pin!(body);
            let mut buffer: Vec<u8> = Vec::new();
            loop {
                let frame = tokio::select! {
                    frame = body.frame() => frame,
                    _ = me.cut_notify.notified() => return Err(BodyError::Cut),
                };
                let Some(frame) = frame else { break };
                let frame = frame.map_err(|e| BodyError::Broken(e.to_string()))?;
                let Ok(data) = frame.into_data() else {
                    continue;
                };
                if (buffer.len() + data.len()) as u64 > limit {
                    return Err(BodyError::TooLarge);
                }
                me.received.fetch_add(data.len() as u64, Ordering::Relaxed);
                let wanted = buffer.len() + data.len();
                if wanted > buffer.capacity() {
                    // Room is granted before memory is allocated (a body waiting for room
                    // holds nothing), and for what is allocated, not just what arrived.
                    let capacity = wanted
                        .max(buffer.capacity() * 2)
                        .min(limit as usize)
                        .max(wanted);
                    let needed = capacity.saturating_sub(FREE_BODY_BYTES) as u64;
                    let held = me.held.load(Ordering::Relaxed);
                    if needed > held {
                        let units = (needed - held).div_ceil(UNIT as u64) as usize;
                        let more = self.room(&me, units).await?;
                        match reading.permit.as_mut() {
                            Some(permit) => permit.merge(more),
                            None => reading.permit = Some(more),
                        }
                        let holding = reading.permit.as_ref().map_or(0, |p| p.num_permits());
                        self.registry().set_held(id, &me, (holding * UNIT) as u64);
                    }
                    buffer.reserve_exact(capacity - buffer.len());
                }
                buffer.extend_from_slice(&data);
            }
            Ok(Bytes::from(buffer))
        };
        let result = match tokio::time::timeout(timeout, read).await {
            Ok(Ok(bytes)) => return Ok((bytes, reading)),
            Ok(Err(e)) => e,
            Err(_) => BodyError::Timeout,
        };
        // Cut for another body: its share goes to that body directly (not back to the budget,
        // where any other could take it first).
        let heir = me.heir.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let (Some(heir), Some(permit)) = (heir, reading.permit.take()) {
            let _ = heir.send(permit);
        }
        Err(result)
    }

    /// `units` of the budget for `me`: at once if free; else from bodies cut for it (see the
    /// module doc); else whatever frees up within [`ROOM_WAIT`].
    async fn room(&self, me: &Reader, units: usize) -> Result<OwnedSemaphorePermit, BodyError> {
        let asked = Instant::now();
        // My speed up to now: while I wait, nothing arrives, and that is not my sender's doing.
        let my_rate = rate(
            me.received.load(Ordering::Relaxed),
            asked.duration_since(me.started),
        );
        let mut gathered: Option<OwnedSemaphorePermit> = None;
        loop {
            if me.cut.load(Ordering::Relaxed) {
                return Err(BodyError::Cut);
            }
            let have = gathered.as_ref().map_or(0, |p| p.num_permits());
            if have >= units {
                return gathered.ok_or(BodyError::Busy);
            }
            let released = self.released.notified();
            if let Ok(permit) = self
                .budget
                .clone()
                .try_acquire_many_owned((units - have) as u32)
            {
                return Ok(match gathered {
                    Some(mut p) => {
                        p.merge(permit);
                        p
                    }
                    None => permit,
                });
            }
            let (victim, underdog) = self.victim_for(me, my_rate);
            if let Some(victim) = victim {
                let (heir, share) = oneshot::channel();
                *victim.heir.lock().unwrap_or_else(|p| p.into_inner()) = Some(heir);
                victim.cut();
                // A cut body hands over as soon as its task runs.
                if let Ok(Ok(permit)) =
                    tokio::time::timeout(Duration::from_millis(100), share).await
                {
                    match gathered.as_mut() {
                        Some(p) => p.merge(permit),
                        None => gathered = Some(permit),
                    }
                }
                continue;
            }
            if !underdog || asked.elapsed() >= ROOM_WAIT {
                return Err(BodyError::Busy);
            }
            // Woken when a body ends; the flood's bodies settle meanwhile.
            let _ = tokio::time::timeout(Duration::from_millis(25), released).await;
        }
    }

    /// The body `me` may cut for room (see the module doc), and whether `me`'s peer holds less
    /// than another (then it may wait for one to settle).
    fn victim_for(&self, me: &Reader, my_rate: u64) -> (Option<Arc<Reader>>, bool) {
        let now = Instant::now();
        let registry = self.registry();
        let mine = registry.holdings.get(&me.peer).copied().unwrap_or(0);
        let top = registry.holdings.values().copied().max().unwrap_or(0);
        let underdog = top > mine;
        let victim = registry
            .holders
            .values()
            .filter(|r| !std::ptr::eq(Arc::as_ptr(r), me) && !r.cut.load(Ordering::Relaxed))
            .filter_map(|r| {
                let rate = r.settled_rate(now)?;
                let theirs = registry.holdings.get(&r.peer).copied().unwrap_or(0);
                let eligible = if underdog {
                    theirs > mine
                } else {
                    now.duration_since(r.started) >= SETTLED_FOR_SPEED
                        && rate.saturating_mul(SLOWER) <= my_rate
                };
                eligible.then(|| (r.clone(), std::cmp::Reverse(theirs), rate))
            })
            .min_by_key(|(_, theirs, rate)| (*theirs, *rate))
            .map(|(r, _, _)| r);
        (victim, underdog)
    }

    /// Cut the slowest body that has been arriving for at least `min_age` (a connection slot
    /// is needed and every one is mid-request); false if there is none.
    pub(super) fn cut_slowest(&self, min_age: Duration) -> bool {
        let now = Instant::now();
        let slowest = self
            .registry()
            .readers
            .values()
            .filter(|r| !r.cut.load(Ordering::Relaxed) && now.duration_since(r.started) >= min_age)
            .filter_map(|r| Some((r.clone(), r.settled_rate(now)?)))
            .min_by_key(|(_, rate)| *rate);
        match slowest {
            Some((victim, _)) => {
                victim.cut();
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_peer_is_an_ipv4_address_or_an_ipv6_slash_64() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(peer_of(ip("192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(peer_of(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(peer_of(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
    }

    #[test]
    fn rate_is_bytes_per_second() {
        assert_eq!(rate(1000, Duration::from_secs(2)), 500);
        assert_eq!(rate(1000, Duration::ZERO), 1_000_000);
    }
}
