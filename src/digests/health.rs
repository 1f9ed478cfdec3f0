//! Whether the store takes the digests' writes, shared by the scheduler's workers and `/readyz`.

use crate::error::StorageError;

/// How often a store that keeps refusing the digests' writes is said again in the logs.
pub const WRITES_REPORTED_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether the store takes the digests' writes, as the scheduler's workers last found it (each
/// claim of due digests is a write, tried every few seconds): `/readyz` reads it, and the
/// workers share its one log line, said at once and then at most once a minute while it lasts,
/// rather than each worker at each look.
#[derive(Default)]
pub struct WriteHealth {
    state: std::sync::Mutex<WriteState>,
}

#[derive(Default)]
struct WriteState {
    refusing: bool,
    /// When the refusal was last logged, and how many since.
    logged: Option<std::time::Instant>,
    unsaid: u64,
}

impl WriteHealth {
    fn state(&self) -> std::sync::MutexGuard<'_, WriteState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A write failed: logged with its cause now if it was not in the last minute.
    pub fn refused(&self, error: &StorageError) {
        let mut state = self.state();
        state.refusing = true;
        let due = state.logged.is_none_or(|at| at.elapsed() >= WRITES_REPORTED_EVERY);
        if !due {
            state.unsaid += 1;
            return;
        }
        let repeated = std::mem::take(&mut state.unsaid);
        state.logged = Some(std::time::Instant::now());
        drop(state);
        tracing::error!(
            %error,
            repeated,
            "cannot claim the due digests: the store refuses writes, or cannot be reached; \
             no digest goes out until it takes them (said at most once a minute)"
        );
    }

    /// A write went through: the store takes writes (again).
    pub fn accepted(&self) {
        let mut state = self.state();
        if std::mem::take(&mut state.refusing) {
            let repeated = std::mem::take(&mut state.unsaid);
            state.logged = None;
            drop(state);
            tracing::warn!(repeated, "the store takes writes again: digests are claimed again");
        }
    }

    /// Whether the last write failed.
    pub fn refusing(&self) -> bool {
        self.state().refusing
    }
}
