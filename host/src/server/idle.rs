//! The connections that have no request in progress, oldest first: when every connection
//! slot is taken, the oldest of them is closed so that a new connection (Talk's) never waits
//! behind an idle or header-less one.

use std::sync::Arc;

/// The connections open now that have no request in progress (nothing read yet, or idle
/// between keep-alive requests), oldest first: the ones to shed when the slots run out.
#[derive(Default)]
pub(super) struct IdleConnections {
    next: u64,
    pub(super) open: std::collections::BTreeMap<
        u64,
        (Arc<std::sync::atomic::AtomicBool>, Arc<tokio::sync::Notify>),
    >,
}

impl IdleConnections {
    /// A new connection: its id, its "request in progress" flag, and what closes it.
    pub(super) fn add(
        &mut self,
    ) -> (
        u64,
        Arc<std::sync::atomic::AtomicBool>,
        Arc<tokio::sync::Notify>,
    ) {
        let id = self.next;
        self.next += 1;
        let busy = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let shed = Arc::new(tokio::sync::Notify::new());
        self.open.insert(id, (busy.clone(), shed.clone()));
        (id, busy, shed)
    }

    /// Close the oldest connection without a request in progress; false if every one is busy.
    pub(super) fn shed_oldest(&mut self) -> bool {
        let oldest = self
            .open
            .iter()
            .find(|(_, (busy, _))| !busy.load(std::sync::atomic::Ordering::Relaxed))
            .map(|(id, _)| *id);
        match oldest.and_then(|id| self.open.remove(&id)) {
            Some((_, shed)) => {
                shed.notify_one();
                true
            }
            None => false,
        }
    }
}
