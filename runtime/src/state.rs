//! The per-session state the V8 thread keeps outside JavaScript.
//!
//! It lives in an isolate slot so that bridge operations (called from JavaScript) and
//! the event loop (between calls into JavaScript) see the same values. Borrows of it
//! are always short: never held across a call into JavaScript.

use crate::mailbox::{Host, HostRequest, LoopEvent};
use crate::outcome::EndReason;
use crate::output::OutputSink;
use crate::permissions::Permissions;
use crossbeam_channel::Receiver;
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Shared handle to a session's state, as stored in the isolate slot.
pub type SharedState = Rc<RefCell<SessionState>>;

/// Counters JavaScript keeps in a shared `Int32Array`, read by the loop without a call.
///
/// The indices are mirrored in `runtime/js/internal/loop_state.js`.
#[derive(Debug, Clone, Copy)]
#[repr(usize)]
pub enum LoopCounter {
    /// Immediates waiting to run.
    Immediates = 0,
    /// Of those, immediates that keep the loop alive (not unref'd).
    RefedImmediates = 1,
    /// Timers that keep the loop alive.
    RefedTimers = 2,
    /// Set when a tick queue drain yielded to the host with ticks still queued.
    TicksPending = 3,
    /// Other handles keeping the loop alive (a stdin being read, say).
    RefedHandles = 4,
    /// Completed operations whose callbacks wait for the poll phase.
    Completions = 5,
}

/// Number of [`LoopCounter`] slots.
pub const LOOP_COUNTERS: usize = 6;

/// The session's single timer deadline, as armed with the timer actor.
#[derive(Debug, Default)]
pub struct TimerState {
    /// The armed deadline in loop-clock milliseconds, if any.
    pub deadline_ms: Option<u64>,
    /// Generation of the latest arming; a `TimerDue` for an older one is stale.
    pub generation: u64,
    /// A `TimerDue` for the current generation has arrived.
    pub fired: bool,
}

/// State of one session's V8 thread.
pub struct SessionState {
    /// Where requests to the bridge actors go.
    pub host: Box<dyn Host>,
    /// The session's standard output.
    pub stdout: Box<dyn OutputSink>,
    /// The session's standard error.
    pub stderr: Box<dyn OutputSink>,
    /// What the session may touch.
    pub permissions: Permissions,
    /// The session's current directory.
    pub cwd: PathBuf,
    /// The start of the loop clock.
    pub origin: Instant,
    /// The loop time of the current turn, in whole milliseconds since `origin`
    /// (Node's `uv_now`).
    pub loop_now_ms: u64,
    /// The timer deadline.
    pub timer: TimerState,
    /// Set once the session must end: exit code and reason.
    pub exit: Option<(i32, EndReason)>,
    /// When the current call into JavaScript started (for yielding long tick drains).
    pub call_started: Instant,
    /// The session's mailbox, peeked at to decide whether a long drain should yield.
    pub mailbox: Receiver<LoopEvent>,
    /// Whether a stdin pull is outstanding.
    pub stdin_pull_outstanding: bool,
    /// The loop counters shared with JavaScript.
    pub counters: Option<v8::SharedRef<v8::BackingStore>>,
    /// Bytes the session may still write to stdout and stderr, when limited.
    pub output_remaining: Option<u64>,
    /// Where compiled code is cached between runs, if anywhere.
    pub code_cache: Option<crate::code_cache::CodeCache>,
}

/// How long a drain of the nextTick queue may run while host events wait.
pub const DRAIN_BUDGET: Duration = Duration::from_millis(10);

impl SessionState {
    /// Sends a request to the host side.
    pub fn request(&self, request: HostRequest) {
        self.host.send(request);
    }

    /// Reads a loop counter.
    pub fn counter(&self, which: LoopCounter) -> i32 {
        let Some(store) = &self.counters else { return 0 };
        let Some(data) = store.data() else { return 0 };
        let slots = data.as_ptr() as *const i32;
        // SAFETY: the store holds LOOP_COUNTERS i32 slots and lives as long as `self`;
        // JavaScript only touches it on this same thread.
        unsafe { *slots.add(which as usize) }
    }

    /// Writes a loop counter.
    pub fn set_counter(&self, which: LoopCounter, value: i32) {
        let Some(store) = &self.counters else { return };
        let Some(data) = store.data() else { return };
        let slots = data.as_ptr() as *mut i32;
        // SAFETY: as in `counter`.
        unsafe { *slots.add(which as usize) = value }
    }

    /// Refreshes the cached loop time.
    pub fn update_loop_time(&mut self) {
        self.loop_now_ms = self.origin.elapsed().as_millis() as u64;
    }

    /// Records that the session must end, keeping the first reason given.
    pub fn request_exit(&mut self, code: i32, reason: EndReason) {
        if self.exit.is_none() {
            self.exit = Some((code, reason));
        }
    }

    /// Whether anything keeps the event loop alive.
    pub fn is_alive(&self) -> bool {
        self.counter(LoopCounter::RefedTimers) > 0
            || self.counter(LoopCounter::RefedImmediates) > 0
            || self.counter(LoopCounter::RefedHandles) > 0
            || self.counter(LoopCounter::TicksPending) > 0
            || self.counter(LoopCounter::Completions) > 0
    }

    /// Whether the loop has work it can do without waiting.
    pub fn has_runnable_work(&self) -> bool {
        self.counter(LoopCounter::Immediates) > 0
            || self.counter(LoopCounter::TicksPending) > 0
            || self.counter(LoopCounter::Completions) > 0
    }

    /// Whether a drain that has run past its budget should give the host a turn.
    pub fn should_yield(&self) -> bool {
        !self.mailbox.is_empty() && self.call_started.elapsed() >= DRAIN_BUDGET
    }
}
