//! Counters, gauges and histograms, exposed at `/metrics` through `prometheus-client` (the
//! maintained client: OpenMetrics text, names, types and help done by it).
//!
//! One gap: prometheus-client 0.24 writes label values as they are, so a responder named
//! `say "hi"` (a TOML key) would break the whole scrape. Free-form label values therefore go
//! through [`Escaped`], which escapes `\`, `"` and line feeds as the format requires (tested
//! below).

use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram as Buckets;
use prometheus_client::registry::Registry;

/// The content type of [`Metrics::render`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// A latency histogram with fixed buckets (seconds).
#[derive(Clone)]
pub struct Histogram(Buckets);

impl Histogram {
    fn new(bounds: &'static [f64]) -> Self {
        Histogram(Buckets::new(bounds.iter().copied()))
    }

    pub fn observe(&self, d: Duration) {
        self.0.observe(d.as_secs_f64());
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

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabel {
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabel {
    result: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResponderLabels {
    responder: Escaped,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ToolLabels {
    server: Escaped,
    outcome: String,
}

/// A free-form label value, escaped as the exposition format requires.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct Escaped(String);

impl EncodeLabelValue for Escaped {
    fn encode(&self, encoder: &mut LabelValueEncoder<'_>) -> std::fmt::Result {
        use std::fmt::Write as _;
        for c in self.0.chars() {
            match c {
                '\\' => encoder.write_str("\\\\")?,
                '"' => encoder.write_str("\\\"")?,
                '\n' => encoder.write_str("\\n")?,
                c => encoder.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// The gauges set from [`Gauges`] when scraped.
struct ScrapeGauges {
    queue_depth: Gauge,
    oldest_waiting_seconds: Gauge<f64, std::sync::atomic::AtomicU64>,
    held_backends: Gauge,
    storage_failing: Gauge,
    storage_write_failures: Counter,
}

/// Every metric talkbot exports.
pub struct Metrics {
    /// Webhooks by outcome.
    pub webhooks_queued: Counter,
    pub webhooks_duplicate: Counter,
    pub webhooks_ignored: Counter,
    pub webhooks_unauthorized: Counter,
    pub webhooks_malformed: Counter,
    pub webhooks_too_large: Counter,
    pub webhooks_unavailable: Counter,
    /// Webhooks refused as replays (`published` too old).
    pub webhooks_stale: Counter,
    /// Bot-API requests by result.
    pub deliveries_ok: Counter,
    pub deliveries_retry: Counter,
    pub deliveries_unauthorized: Counter,
    pub deliveries_too_large: Counter,
    pub deliveries_rejected: Counter,
    /// Chunks sent again after a crash left their first request's outcome unknown (Talk may
    /// show them twice).
    pub deliveries_resent: Counter,
    /// Idle connections closed to make room for new ones (all slots were taken).
    pub connections_shed: Counter,
    pub jobs_done: Counter,
    pub jobs_failed: Counter,
    pub ack_latency: Histogram,
    pub delivery_latency: Histogram,
    /// Time of one responder's answer (or failure).
    pub responder_latency: Histogram,
    /// Answers and failures by responder name and outcome (`answered` or a failure kind).
    responder_results: Family<ResponderLabels, Counter>,
    /// MCP messages to tool servers by server and outcome (`answered`, `http_<status>`,
    /// `timeout`, `connection`, `too_large`).
    tool_requests: Family<ToolLabels, Counter>,
    scrape: ScrapeGauges,
    /// Encoding reads the registry; setting the scrape gauges and encoding happen together.
    registry: Mutex<Registry>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::default();
        let webhooks = Family::<OutcomeLabel, Counter>::default();
        let deliveries = Family::<ResultLabel, Counter>::default();
        let jobs = Family::<StateLabel, Counter>::default();
        let outcome = |o: &str| {
            webhooks
                .get_or_create(&OutcomeLabel { outcome: o.into() })
                .clone()
        };
        let result = |r: &str| {
            deliveries
                .get_or_create(&ResultLabel { result: r.into() })
                .clone()
        };
        let state = |s: &str| jobs.get_or_create(&StateLabel { state: s.into() }).clone();
        let metrics = Metrics {
            webhooks_queued: outcome("queued"),
            webhooks_duplicate: outcome("duplicate"),
            webhooks_ignored: outcome("ignored"),
            webhooks_unauthorized: outcome("unauthorized"),
            webhooks_malformed: outcome("malformed"),
            webhooks_too_large: outcome("too_large"),
            webhooks_unavailable: outcome("unavailable"),
            webhooks_stale: outcome("stale"),
            deliveries_ok: result("ok"),
            deliveries_retry: result("retry"),
            deliveries_unauthorized: result("unauthorized"),
            deliveries_too_large: result("too_large"),
            deliveries_rejected: result("rejected"),
            deliveries_resent: Counter::default(),
            connections_shed: Counter::default(),
            jobs_done: state("done"),
            jobs_failed: state("failed"),
            ack_latency: Histogram::new(ACK_BUCKETS),
            delivery_latency: Histogram::new(DELIVERY_BUCKETS),
            responder_latency: Histogram::new(RESPONDER_BUCKETS),
            responder_results: Family::default(),
            tool_requests: Family::default(),
            scrape: ScrapeGauges {
                queue_depth: Gauge::default(),
                oldest_waiting_seconds: Gauge::default(),
                held_backends: Gauge::default(),
                storage_failing: Gauge::default(),
                storage_write_failures: Counter::default(),
            },
            registry: Mutex::new(Registry::default()),
        };
        registry.register(
            "talkbot_webhooks",
            "Webhooks received, by outcome",
            webhooks,
        );
        registry.register(
            "talkbot_deliveries",
            "Bot-API requests, by result",
            deliveries,
        );
        registry.register("talkbot_jobs", "Jobs finished, by state", jobs);
        registry.register(
            "talkbot_deliveries_resent",
            "Chunks sent again after a crash left the outcome of their request unknown (Talk may show them twice)",
            metrics.deliveries_resent.clone(),
        );
        registry.register(
            "talkbot_connections_shed",
            "Idle connections closed to make room for new ones when every connection slot was taken",
            metrics.connections_shed.clone(),
        );
        registry.register(
            "talkbot_queue_depth",
            "Jobs waiting",
            metrics.scrape.queue_depth.clone(),
        );
        registry.register(
            "talkbot_queue_oldest_seconds",
            "Age of the oldest waiting job",
            metrics.scrape.oldest_waiting_seconds.clone(),
        );
        registry.register(
            "talkbot_backends_held",
            "Nextclouds that sending to stopped (401s from several conversations)",
            metrics.scrape.held_backends.clone(),
        );
        registry.register(
            "talkbot_storage_failing",
            "Whether writing the queue fails right now (a full disk, an I/O error)",
            metrics.scrape.storage_failing.clone(),
        );
        registry.register(
            "talkbot_storage_write_failures",
            "Failed queue write transactions (retried; nothing is dropped)",
            metrics.scrape.storage_write_failures.clone(),
        );
        registry.register(
            "talkbot_webhook_ack_seconds",
            "Time from request to durable acknowledgement",
            metrics.ack_latency.0.clone(),
        );
        registry.register(
            "talkbot_delivery_seconds",
            "Time of one bot-API request",
            metrics.delivery_latency.0.clone(),
        );
        registry.register(
            "talkbot_responder_seconds",
            "Time of one responder's answer or failure",
            metrics.responder_latency.0.clone(),
        );
        registry.register(
            "talkbot_responder_results",
            "Responder answers and failures, by responder and outcome",
            metrics.responder_results.clone(),
        );
        registry.register(
            "talkbot_tool_requests",
            "MCP messages to tool servers, by server and outcome",
            metrics.tool_requests.clone(),
        );
        *metrics.registry.lock().unwrap_or_else(|p| p.into_inner()) = registry;
        metrics
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
        self.responder_results
            .get_or_create(&ResponderLabels {
                responder: Escaped(name.to_string()),
                outcome: outcome.to_string(),
            })
            .inc();
    }

    /// A model's answer (the job machine reads it; this labels it by what it looks like).
    pub fn model_answered(
        &self,
        name: &str,
        answer: &Result<(u16, Vec<u8>), crate::protocol::TransportFailure>,
        took: std::time::Duration,
    ) {
        use crate::protocol::{FailureKind, TransportFailure};
        let kind = match answer {
            Ok((200..=299, _)) => return self.responder_result(name, Ok(()), took),
            Ok((429, _)) => FailureKind::RateLimited,
            Ok((500..=599, _)) => FailureKind::ServerError,
            Ok(_) | Err(TransportFailure::TooLarge) => FailureKind::Refused,
            Err(TransportFailure::Timeout) => FailureKind::Timeout,
            Err(TransportFailure::Connection(_)) => FailureKind::Connection,
        };
        let failure = crate::responder::ResponderError::new(kind, "");
        self.responder_result(name, Err(&failure), took);
    }

    /// A tool server's answer to one MCP message (what came back, never its content).
    pub fn tool_answered(
        &self,
        server: &str,
        answer: &Result<crate::protocol::ToolAnswer, crate::protocol::TransportFailure>,
    ) {
        use crate::protocol::TransportFailure;
        let outcome = match answer {
            Ok(a) if (200..=299).contains(&a.status) => "answered".to_string(),
            Ok(a) => format!("http_{}", a.status),
            Err(TransportFailure::Timeout) => "timeout".into(),
            Err(TransportFailure::Connection(_)) => "connection".into(),
            Err(TransportFailure::TooLarge) => "too_large".into(),
        };
        self.tool_requests
            .get_or_create(&ToolLabels {
                server: Escaped(server.to_string()),
                outcome,
            })
            .inc();
    }

    /// Talk's answer to a bot request, counted by what it means for a delivery.
    pub fn talk_answered(&self, answer: &crate::protocol::TalkAnswer) {
        use crate::protocol::TalkAnswer;
        let counter = match answer {
            TalkAnswer::Status((200..=299, _)) => &self.deliveries_ok,
            TalkAnswer::Status((401, _)) => &self.deliveries_unauthorized,
            TalkAnswer::Status((413, _)) => &self.deliveries_too_large,
            TalkAnswer::Status((408 | 429 | 500..=599, _)) | TalkAnswer::Unreachable(_) => {
                &self.deliveries_retry
            }
            TalkAnswer::Status(_) => &self.deliveries_rejected,
        };
        counter.inc();
    }

    /// How often `name` answered (tests, diagnostics).
    pub fn responder_count(&self, name: &str, outcome: &str) -> u64 {
        self.responder_results
            .get_or_create(&ResponderLabels {
                responder: Escaped(name.to_string()),
                outcome: outcome.to_string(),
            })
            .get()
    }

    /// The OpenMetrics text exposition ([`CONTENT_TYPE`]), with gauges read at scrape time.
    pub fn render(&self, gauges: &Gauges) -> String {
        let registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        let g = &self.scrape;
        g.queue_depth.set(gauges.queue_depth);
        g.oldest_waiting_seconds.set(gauges.oldest_waiting_seconds);
        g.held_backends.set(gauges.held_backends as i64);
        g.storage_failing.set(i64::from(gauges.storage_failing));
        // A counter kept by the store: raise ours to its value.
        let behind = gauges
            .storage_write_failures
            .saturating_sub(g.storage_write_failures.get());
        g.storage_write_failures.inc_by(behind);
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exposition_escapes_label_values_and_ends_with_eof() {
        let m = Metrics::default();
        m.webhooks_queued.inc();
        let failure =
            crate::responder::ResponderError::new(crate::responder::FailureKind::Timeout, "slow");
        m.responder_result("say \"hi\"\\\n", Err(&failure), Duration::from_millis(5));
        m.tool_answered("box", &Err(crate::protocol::TransportFailure::TooLarge));
        let text = m.render(&Gauges {
            queue_depth: 3,
            storage_write_failures: 2,
            ..Gauges::default()
        });
        assert!(
            text.contains("talkbot_webhooks_total{outcome=\"queued\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "talkbot_responder_results_total{responder=\"say \\\"hi\\\"\\\\\\n\",outcome=\"timeout\"} 1\n"
            ),
            "{text}"
        );
        assert!(text.contains("talkbot_queue_depth 3\n"), "{text}");
        assert!(
            text.contains("talkbot_tool_requests_total{server=\"box\",outcome=\"too_large\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("talkbot_storage_write_failures_total 2\n"),
            "{text}"
        );
        assert!(
            text.contains("talkbot_responder_seconds_count 1\n"),
            "{text}"
        );
        assert!(text.ends_with("# EOF\n"), "{text}");
        // Scraping twice does not count the store's failures twice.
        let again = m.render(&Gauges {
            storage_write_failures: 2,
            ..Gauges::default()
        });
        assert!(
            again.contains("talkbot_storage_write_failures_total 2\n"),
            "{again}"
        );
    }
}
