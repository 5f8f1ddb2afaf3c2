//! A session: its options, its control block, and the body of its V8 thread.

use crate::event_loop;
use crate::js_runtime::JsRuntime;
use crate::mailbox::{Host, LoopEvent};
use crate::outcome::{EndReason, SessionOutcome};
use crate::output::OutputSink;
use crate::permissions::Permissions;
use crate::stack;
use crate::state::{SessionState, TimerState};
use crossbeam_channel::{Receiver, Sender};
use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Everything a session needs to start.
pub struct SessionOptions {
    /// The session's name (for logs and thread names).
    pub name: String,
    /// The entry file, absolute.
    pub entry: PathBuf,
    /// Arguments after the entry file (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// The starting current directory, absolute.
    pub cwd: PathBuf,
    /// The complete environment the session sees as `process.env`.
    pub env: BTreeMap<String, String>,
    /// What the session may touch.
    pub permissions: Permissions,
    /// Where `process.stdout` goes.
    pub stdout: Box<dyn OutputSink>,
    /// Where `process.stderr` goes.
    pub stderr: Box<dyn OutputSink>,
    /// Whether the session's stdin is a terminal.
    pub stdin_is_tty: bool,
    /// The V8 heap limit, also the budget for ArrayBuffer memory, if any.
    pub heap_limit_bytes: Option<usize>,
    /// The most bytes the session may write to stdout and stderr together.
    pub output_limit_bytes: Option<u64>,
    /// Where compiled code is cached between runs (none: no cache).
    pub code_cache_dir: Option<PathBuf>,
    /// The supervisor's id for this session (for logs).
    pub instance: u64,
    /// How many times this session has been restarted (for logs).
    pub restarts: u32,
    /// The value of `process.execPath` (and `argv[0]`).
    pub exec_path: String,
}

impl SessionOptions {
    /// The details JavaScript's `setup(info)` receives, as JSON.
    pub(crate) fn setup_json(&self) -> String {
        let stdout_size = self.stdout.terminal_size();
        let stderr_size = self.stderr.terminal_size();
        let mut argv = vec![self.exec_path.clone(), self.entry.to_string_lossy().into_owned()];
        argv.extend(self.args.iter().cloned());
        let size = |s: Option<(u16, u16)>| match s {
            Some((columns, rows)) => serde_json::json!({ "columns": columns, "rows": rows }),
            None => serde_json::Value::Null,
        };
        serde_json::json!({
            "argv": argv,
            "execPath": self.exec_path,
            "entry": self.entry.to_string_lossy(),
            "env": self.env,
            "pid": std::process::id(),
            "ppid": unsafe { libc::getppid() },
            "stdinIsTTY": self.stdin_is_tty,
            "stdout": size(stdout_size),
            "stderr": size(stderr_size),
            "corralVersion": env!("CARGO_PKG_VERSION"),
            "v8Version": v8::V8::get_version(),
        })
        .to_string()
    }
}

/// The handle the host side keeps on a running session: its mailbox sender and the
/// means to terminate it from any thread.
pub struct SessionControl {
    events: Sender<LoopEvent>,
    isolate: Mutex<Option<v8::IsolateHandle>>,
    termination: Mutex<Option<EndReason>>,
    cpu_clock: std::sync::OnceLock<libc::clockid_t>,
}

impl SessionControl {
    /// A new control block and the mailbox its session's V8 thread will own.
    pub fn new() -> (Arc<SessionControl>, Receiver<LoopEvent>) {
        let (events, mailbox) = crossbeam_channel::unbounded();
        let control = SessionControl {
            events,
            isolate: Mutex::new(None),
            termination: Mutex::new(None),
            cpu_clock: std::sync::OnceLock::new(),
        };
        (Arc::new(control), mailbox)
    }

    /// Sends an event to the session's V8 thread (dropped if the session has ended).
    pub fn send(&self, event: LoopEvent) {
        let _ = self.events.send(event);
    }

    /// A sender into the session's mailbox, for bridge actors.
    pub fn sender(&self) -> Sender<LoopEvent> {
        self.events.clone()
    }

    /// Ends the session now, whatever its JavaScript is doing: execution is terminated
    /// and the loop is woken. The first reason given is the one reported.
    pub fn terminate(&self, reason: EndReason) {
        {
            let mut termination = self.termination.lock().unwrap_or_else(|e| e.into_inner());
            if termination.is_none() {
                *termination = Some(reason);
            }
        }
        if let Some(isolate) = self.isolate.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            isolate.terminate_execution();
        }
        self.send(LoopEvent::Terminate(reason));
    }

    /// The reason the host terminated the session, if it did.
    pub fn termination(&self) -> Option<EndReason> {
        *self.termination.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// CPU time the session's thread has used so far (`None` before it started).
    pub fn cpu_time(&self) -> Option<Duration> {
        let clock = *self.cpu_clock.get()?;
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
            return None;
        }
        Some(Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
    }

    /// Records the calling thread as the session's thread, for [`Self::cpu_time`].
    fn attach_thread(&self) {
        let mut clock: libc::clockid_t = 0;
        if unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) } == 0 {
            let _ = self.cpu_clock.set(clock);
        }
    }

    pub(crate) fn attach_isolate(&self, handle: v8::IsolateHandle) {
        let termination = self.termination();
        let mut slot = self.isolate.lock().unwrap_or_else(|e| e.into_inner());
        if termination.is_some() {
            handle.terminate_execution();
        }
        *slot = Some(handle);
    }

    pub(crate) fn detach_isolate(&self) {
        self.isolate.lock().unwrap_or_else(|e| e.into_inner()).take();
    }
}

/// Starts a session on its own thread (with a 32 MiB stack); `on_finish` receives the
/// session's outcome on that thread once it has ended.
pub fn spawn_session(
    options: SessionOptions,
    mailbox: Receiver<LoopEvent>,
    control: Arc<SessionControl>,
    host: Box<dyn Host>,
    on_finish: impl FnOnce(SessionOutcome) + Send + 'static,
) -> io::Result<JoinHandle<()>> {
    let name = format!("corral:{}", options.name);
    stack::spawn_session_thread(name, move || on_finish(run_session(options, mailbox, control, host)))
}

/// Runs a session to its end on the current thread, which must have been started by
/// [`spawn_session`] (or otherwise have a large stack).
pub fn run_session(
    mut options: SessionOptions,
    mailbox: Receiver<LoopEvent>,
    control: Arc<SessionControl>,
    host: Box<dyn Host>,
) -> SessionOutcome {
    let span = tracing::info_span!("session", name = %options.name, id = options.instance, restarts = options.restarts);
    let _entered = span.enter();
    control.attach_thread();
    let stdout = std::mem::replace(&mut options.stdout, Box::new(crate::output::NullSink));
    let stderr = std::mem::replace(&mut options.stderr, Box::new(crate::output::NullSink));
    let state = SessionState {
        host,
        stdout,
        stderr,
        permissions: options.permissions.clone(),
        cwd: options.cwd.clone(),
        origin: Instant::now(),
        loop_now_ms: 0,
        timer: TimerState::default(),
        exit: None,
        call_started: Instant::now(),
        mailbox: mailbox.clone(),
        stdin_pull_outstanding: false,
        counters: None,
        output_remaining: options.output_limit_bytes,
        code_cache: options.code_cache_dir.clone().map(crate::code_cache::CodeCache::new),
    };
    let outcome = match JsRuntime::new(&options, state, control.clone()) {
        Ok(mut runtime) => {
            let (code, reason) = event_loop::run(&mut runtime, &options, &mailbox);
            let peak_heap_bytes = runtime.heap_size();
            let session = runtime.state().clone();
            let _ = session.borrow_mut().stdout.flush();
            let _ = session.borrow_mut().stderr.flush();
            control.detach_isolate();
            SessionOutcome { code, reason, cpu_time: thread_cpu_time(), peak_heap_bytes }
        }
        Err(error) => {
            tracing::error!(%error, "session failed to start");
            control.detach_isolate();
            SessionOutcome {
                code: EndReason::Crashed.default_exit_code(),
                reason: EndReason::Crashed,
                cpu_time: thread_cpu_time(),
                peak_heap_bytes: 0,
            }
        }
    };
    tracing::debug!(code = outcome.code, reason = %outcome.reason, "session ended");
    outcome
}

/// CPU time used by the current thread.
pub fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}
