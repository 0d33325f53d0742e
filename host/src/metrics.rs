//! Counters and histograms, rendered in the Prometheus text format at `/metrics`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// A latency histogram with fixed buckets (seconds).
pub struct Histogram {
    bounds: &'static [f64],
    counts: Vec<AtomicU64>,
    sum_micros: AtomicU64,
    count: AtomicU64,
}

impl Histogram {
    fn new(bounds: &'static [f64]) -> Self {
        Histogram {
            bounds,
            counts: bounds.iter().map(|_| AtomicU64::new(0)).collect(),
            sum_micros: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, d: Duration) {
        let secs = d.as_secs_f64();
        if let Some(i) = self.bounds.iter().position(|b| secs <= *b) {
            self.counts[i].fetch_add(1, Ordering::Relaxed);
        }
        self.sum_micros
            .fetch_add(d.as_micros() as u64, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        let mut cumulative = 0;
        for (bound, count) in self.bounds.iter().zip(&self.counts) {
            cumulative += count.load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        let count = self.count.load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(
            out,
            "{name}_sum {}",
            self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "{name}_count {count}");
    }
}

const ACK_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0,
];
const RESPONDER_BUCKETS: &[f64] = &[0.01, 0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0];
const DELIVERY_BUCKETS: &[f64] = &[0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 15.0, 60.0];

/// Values read at scrape time.
#[derive(Debug, Clone, Default)]
pub struct Gauges {
    pub queue_depth: i64,
    pub oldest_waiting_seconds: f64,
    pub held_backends: usize,
    pub storage_failing: bool,
    pub storage_write_failures: u64,
}

/// Every metric talkbot exports.
pub struct Metrics {
    /// Webhooks by outcome.
    pub webhooks_queued: AtomicU64,
    pub webhooks_duplicate: AtomicU64,
    pub webhooks_ignored: AtomicU64,
    pub webhooks_unauthorized: AtomicU64,
    pub webhooks_malformed: AtomicU64,
    pub webhooks_too_large: AtomicU64,
    pub webhooks_unavailable: AtomicU64,
    /// Bot-API requests by result.
    pub deliveries_ok: AtomicU64,
    pub deliveries_retry: AtomicU64,
    pub deliveries_unauthorized: AtomicU64,
    pub deliveries_too_large: AtomicU64,
    pub deliveries_rejected: AtomicU64,
    /// Chunks sent again after a crash left their first request's outcome unknown (Talk may
    /// show them twice).
    pub deliveries_resent: AtomicU64,
    /// Webhooks refused as replays (`published` too old).
    pub webhooks_stale: AtomicU64,
    pub jobs_done: AtomicU64,
    pub jobs_failed: AtomicU64,
    pub ack_latency: Histogram,
    pub delivery_latency: Histogram,
    /// Time of one responder's answer (or failure).
    pub responder_latency: Histogram,
    /// Answers and failures by responder name and outcome (`answered` or a failure kind).
    pub responder_results: Mutex<BTreeMap<(String, &'static str), u64>>,
}

impl Default for Metrics {
    fn default() -> Self {
        let zero = || AtomicU64::new(0);
        Metrics {
            webhooks_queued: zero(),
            webhooks_duplicate: zero(),
            webhooks_ignored: zero(),
            webhooks_unauthorized: zero(),
            webhooks_malformed: zero(),
            webhooks_too_large: zero(),
            webhooks_unavailable: zero(),
            deliveries_ok: zero(),
            deliveries_retry: zero(),
            deliveries_unauthorized: zero(),
            deliveries_too_large: zero(),
            deliveries_rejected: zero(),
            deliveries_resent: zero(),
            webhooks_stale: zero(),
            jobs_done: zero(),
            jobs_failed: zero(),
            ack_latency: Histogram::new(ACK_BUCKETS),
            delivery_latency: Histogram::new(DELIVERY_BUCKETS),
            responder_latency: Histogram::new(RESPONDER_BUCKETS),
            responder_results: Mutex::default(),
        }
    }
}

impl Metrics {
    /// Count one responder's result.
    pub fn responder_result(
        &self,
        name: &str,
        result: Result<(), &crate::responder::ResponderError>,
        took: std::time::Duration,
    ) {
        self.responder_latency.observe(took);
        let outcome = match result {
            Ok(()) => "answered",
            Err(e) => crate::responder::failure_label(e.kind),
        };
        let mut results = self
            .responder_results
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        *results.entry((name.to_string(), outcome)).or_default() += 1;
    }

    /// How often `name` answered (tests, diagnostics).
    pub fn responder_count(&self, name: &str, outcome: &str) -> u64 {
        let results = self
            .responder_results
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        results
            .iter()
            .filter(|((n, o), _)| n == name && *o == outcome)
            .map(|(_, c)| *c)
            .sum()
    }

    /// The Prometheus text exposition, with gauges read at scrape time.
    pub fn render(&self, gauges: &Gauges) -> String {
        let Gauges {
            queue_depth,
            oldest_waiting_seconds,
            held_backends,
            storage_failing,
            storage_write_failures,
        } = gauges;
        let mut out = String::new();
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "# HELP talkbot_webhooks_total Webhooks received, by outcome.\n# TYPE talkbot_webhooks_total counter"
        );
        for (outcome, c) in [
            ("queued", &self.webhooks_queued),
            ("duplicate", &self.webhooks_duplicate),
            ("ignored", &self.webhooks_ignored),
            ("unauthorized", &self.webhooks_unauthorized),
            ("malformed", &self.webhooks_malformed),
            ("too_large", &self.webhooks_too_large),
            ("unavailable", &self.webhooks_unavailable),
            ("stale", &self.webhooks_stale),
        ] {
            let _ = writeln!(
                out,
                "talkbot_webhooks_total{{outcome=\"{outcome}\"}} {}",
                get(c)
            );
        }
        let _ = writeln!(
            out,
            "# HELP talkbot_deliveries_total Bot-API requests, by result.\n# TYPE talkbot_deliveries_total counter"
        );
        for (result, c) in [
            ("ok", &self.deliveries_ok),
            ("retry", &self.deliveries_retry),
            ("unauthorized", &self.deliveries_unauthorized),
            ("too_large", &self.deliveries_too_large),
            ("rejected", &self.deliveries_rejected),
        ] {
            let _ = writeln!(
                out,
                "talkbot_deliveries_total{{result=\"{result}\"}} {}",
                get(c)
            );
        }
        let _ = writeln!(
            out,
            "# HELP talkbot_jobs_total Jobs finished, by state.\n# TYPE talkbot_jobs_total counter"
        );
        let _ = writeln!(
            out,
            "talkbot_jobs_total{{state=\"done\"}} {}",
            get(&self.jobs_done)
        );
        let _ = writeln!(
            out,
            "talkbot_jobs_total{{state=\"failed\"}} {}",
            get(&self.jobs_failed)
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_deliveries_resent_total Chunks sent again after a crash left the outcome of their request unknown (Talk may show them twice).\n# TYPE talkbot_deliveries_resent_total counter\ntalkbot_deliveries_resent_total {}",
            get(&self.deliveries_resent)
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_queue_depth Jobs waiting.\n# TYPE talkbot_queue_depth gauge\ntalkbot_queue_depth {queue_depth}"
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_queue_oldest_seconds Age of the oldest waiting job.\n# TYPE talkbot_queue_oldest_seconds gauge\ntalkbot_queue_oldest_seconds {oldest_waiting_seconds}"
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_backends_held Nextclouds that sending to stopped (401s from several conversations).\n# TYPE talkbot_backends_held gauge\ntalkbot_backends_held {held_backends}"
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_storage_failing Whether writing the queue fails right now (a full disk, an I/O error).\n# TYPE talkbot_storage_failing gauge\ntalkbot_storage_failing {}",
            u8::from(*storage_failing)
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_storage_write_failures_total Failed queue write transactions (retried; nothing is dropped).\n# TYPE talkbot_storage_write_failures_total counter\ntalkbot_storage_write_failures_total {storage_write_failures}"
        );
        self.ack_latency.render(
            &mut out,
            "talkbot_webhook_ack_seconds",
            "Time from request to durable acknowledgement.",
        );
        self.delivery_latency.render(
            &mut out,
            "talkbot_delivery_seconds",
            "Time of one bot-API request.",
        );
        self.responder_latency.render(
            &mut out,
            "talkbot_responder_seconds",
            "Time of one responder's answer or failure.",
        );
        let _ = writeln!(
            out,
            "# HELP talkbot_responder_results_total Responder answers and failures, by responder and outcome.\n# TYPE talkbot_responder_results_total counter"
        );
        let results = self
            .responder_results
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        for ((name, outcome), count) in results.iter() {
            let name = name.replace('\\', "\\\\").replace('"', "\\\"");
            let _ = writeln!(
                out,
                "talkbot_responder_results_total{{responder=\"{name}\",outcome=\"{outcome}\"}} {count}"
            );
        }
        out
    }
}
